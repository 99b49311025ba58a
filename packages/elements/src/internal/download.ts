/**
 * Hands `content` to the browser as a file called `name` (the save dialog or the downloads bar),
 * through a short-lived object URL.
 */
export function downloadFile(content: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
