/**
 * The change topic of the directory: its tables' triggers send it (migrations 0008 and 0014) with
 * every write the public pages, API answers and documents are built from.
 */
export const DIRECTORY_TOPIC = 'directory';
