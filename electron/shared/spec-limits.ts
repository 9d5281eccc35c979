/** How many specs one specs:describe call may ask about (here, without zod, so the window can import it). */
export const DESCRIBE_MAX = 60
