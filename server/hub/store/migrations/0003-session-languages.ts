// Schema version 3: the languages an interpreter chose for a signed-in session, kept with the
// session so a page reload, a reconnection or a hub restart keeps the choice. NULL means not
// chosen: every language of the account.
export const migration = {
  version: 3,
  name: 'session-languages',
  sql: `
    ALTER TABLE sessions ADD COLUMN languages TEXT; -- JSON array of language codes, or NULL
  `,
};
