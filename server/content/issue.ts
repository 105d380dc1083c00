// One problem found in a content pack, located well enough that an editor can open the file and
// find the entry: the file (relative to the pack), the card / flow / step id and the language.
export type IssueCode =
  | 'INVALID_JSON'
  | 'SCHEMA'
  | 'MISSING_FILE'
  | 'DUPLICATE_ID'
  | 'MISSING_LANGUAGE'
  | 'WRONG_DIRECTION'
  | 'WRONG_SCRIPT'
  | 'WRONG_FONT'
  | 'MISSING_TRANSLATION'
  | 'UNKNOWN_CARD'
  | 'UNKNOWN_PICTOGRAM'
  | 'UNKNOWN_OPTION'
  | 'MISSING_STEP'
  | 'CYCLE';

export interface Issue {
  code: IssueCode;
  file: string;
  id?: string;
  language?: string;
  message: string;
}

export function formatIssue(issue: Issue): string {
  const where = [issue.id, issue.language && `[${issue.language}]`].filter(Boolean).join(' ');
  return `${issue.file}${where ? ` ${where}` : ''}: ${issue.code} ${issue.message}`;
}
