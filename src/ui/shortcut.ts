/**
 * The suggested key for "save this article", shared by the manifest and the panel's labels.
 * Alt+Shift+S opened Firefox's History menu: Firefox ignores Shift when it matches a menu's
 * access key (File F, Edit E, View V, History S, Bookmarks B, Tools T, Help H; Alt+D is the
 * address bar), and Chrome keeps Alt+Shift+A, B, I and T. K is free in both, and in the
 * German, French and Polish menus too.
 */
export const SAVE_SHORTCUT = 'Alt+Shift+K';

/**
 * The suggested key for opening the panel (Chrome's toolbar action, Firefox's sidebar). J is
 * free by the same reckoning: no menu access key in those languages, none Chrome keeps.
 */
export const OPEN_PANEL_SHORTCUT = 'Alt+Shift+J';
