/** Whether the OS keychain can be used, and if not, why, in words for a person. */
export interface KeychainAvailability {
  available: boolean
  message: string | null
}

/**
 * Where secrets live (after GitHub Desktop's ISecureStore). The app has one implementation, the OS keychain;
 * there is deliberately no file-based fallback.
 */
export interface SecretStore {
  get(account: string): Promise<string | null>
  set(account: string, secret: string): Promise<void>
  delete(account: string): Promise<boolean>
  availability(): Promise<KeychainAvailability>
}
