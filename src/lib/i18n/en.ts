// All English interface text. Story text comes from the story file, not from here.
// `{name}` placeholders are filled by `translate`. The Arabic file must have exactly these keys.
export const en = {
  'app.name': 'Tielines',
  'app.loading': 'Loading the story…',
  'problems.title': 'This story cannot be shown',
  'problems.intro': 'The story at {origin} has {count} problem(s). Fix them and reload:',
  'problems.json': 'line {line}, column {column}',
  'problems.file': '(file)',
  'problems.back': 'Open the default story instead',
  'problems.crash': 'Something went wrong while drawing the story.',
  'problems.retry': 'Try again',
  'story.default': 'the default story',
  'date.circa': 'c. {date}',
  'table.caption': 'Ties on {date}',
  'table.tie': 'Tie',
  'table.relation': 'Relation',
  'table.since': 'Since',
  'table.empty': 'No ties yet on this date.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
