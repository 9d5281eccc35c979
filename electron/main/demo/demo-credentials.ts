/** The only credentials the demo service accepts; Demo mode and the tests use them. */
export const DEMO_CREDENTIALS = {
  passportPhoto: { apiKey: 'demo-key', apiSecret: 'demo-secret' },
  documentPassback: { apiToken: 'demo-api-token', accessToken: 'demo-access-token' }
} as const
