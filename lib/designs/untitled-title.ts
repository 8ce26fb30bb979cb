// A design posted without a title is stored as "Design D-0042" (search, CSV and the invoice read
// the stored English); screens recognise it and say it in the reader's language.

export function untitledDesignTitle(code: string): string {
  return `Design ${code}`;
}

export function isUntitled(design: { code: string; title: string }): boolean {
  return design.title === untitledDesignTitle(design.code);
}
