/** An article id from the path: 1..999,999,999 in plain digits, or null (the routes answer 404). */
export function readArticleId(id: string): number | null {
  return /^[1-9]\d{0,8}$/.test(id) ? Number(id) : null;
}
