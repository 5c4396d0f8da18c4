/** A number of minutes as people write it: "7,5" in Dutch, "7.5" in English. */
export function formatNumber(n: number, language: string): string {
  const text = String(Math.round(n * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}
