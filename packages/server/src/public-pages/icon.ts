// The public pages' icon, written into each page as a data: address: a browser that finds no
// `<link rel="icon">` asks for /favicon.ico, which this server does not have, and logs a 404 on
// every visit. The picture is a page with three lines of text (the example portal’s icon, in its
// green); the CSP allows `img-src data:`.
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00703c"/><path d="M9 9.5h14M9 16h14M9 22.5h9" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>';

/** The `<link rel="icon">` every public page carries, with the icon inline. */
export const ICON_LINK = `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(ICON_SVG)}">`;
