import type en from './en';

/** The keys every dictionary must have: the English one's. A missing or extra key is a compile error. */
export type MessageKey = keyof typeof en;
export type Dictionary = Readonly<Record<MessageKey, string>>;
