/** The keychain and saved credentials (services/secrets). */
export const secrets = {
  'secrets.keychainUnavailable':
    'The system keychain is not available, so credentials cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) and restart the app. Demo mode works without one.',
  'secrets.passportPhotoMissing':
    'No Passport Photo API key is saved. Open Settings and enter the key and secret, or switch to Demo.',
  'secrets.documentTokenMissing':
    'No Document Passback API token is saved for {environment, select, sandbox {sandbox} production {production} other {{environment}}}. Open Settings and enter the token your ID.me account team gave you.'
}
