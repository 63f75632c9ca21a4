/** Splits a white-space separated word list written in a template string. */
export function wordList(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
