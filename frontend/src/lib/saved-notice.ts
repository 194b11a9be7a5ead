/** What a page tells the next one after a write, through the router's location state. */
export interface SavedNotice {
  notice?: 'created' | 'saved';
}
