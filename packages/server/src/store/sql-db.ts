// What the SQL store needs of a database, and how it reads the values the drivers return.

/** A row as a driver returns it. */
export type Row = Readonly<Record<string, unknown>>;

/** What the store needs of a database: statements with `?` parameters, and transactions. */
export interface Db {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** How to lock the rows a SELECT reads until the transaction ends (`FOR UPDATE`, or nothing). */
  readonly forUpdate: string;
  close(): Promise<void>;
}

/** A column's value as text (null and undefined as ''). */
export const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
/** A column's value as a number (PostgreSQL's counts come as strings). */
export const int = (value: unknown): number => Number(value);

/** A nullable column's value: text, or null. */
export const nullable = (value: unknown): string | null => (value === null || value === undefined ? null : text(value));
