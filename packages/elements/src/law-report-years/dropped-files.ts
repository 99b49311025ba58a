// The files of a folder dropped on the years view, at any depth, each with its path in the folder
// (as a picked folder's files have it in webkitRelativePath).

/** The files a drop holds: a dropped folder's, read through, else the dropped files. */
export async function droppedFiles(event: DragEvent): Promise<File[]> {
  const items = [...(event.dataTransfer?.items ?? [])];
  const entries = items
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
  return entries.length > 0 ? (await Promise.all(entries.map(filesOf))).flat() : [...(event.dataTransfer?.files ?? [])];
}

// The files inside a dropped folder, at any depth.
async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [withPath(file, entry.fullPath.replace(/^\//, ''))];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) children.push(child);
  }
  return (await Promise.all(children.map(filesOf))).flat();
}

function withPath(file: File, path: string): File {
  return Object.defineProperty(file, 'webkitRelativePath', { value: path });
}
