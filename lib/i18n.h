/* The language catalog: every fixed text of the site in Vietnamese and English. */
#ifndef MB_I18N_H
#define MB_I18N_H

enum lang { LANG_VI, LANG_EN, LANG__MAX };

/* "vi" or "en". */
const char	*lang_code(enum lang);

/* Loads every *.xml file of dir (templates/i18n/), each
 * <catalog><m k="key"><vi>…</vi><en>…</en></m>…</catalog>. Returns 0, or -1 after logging
 * why (a missing translation or a key defined twice is an error). */
int		 i18n_load(const char *dir);
void		 i18n_free(void);
/* The text for key in lang; the key itself when there is none (logged). */
const char	*i18n_get(enum lang, const char *key);
/* Number of messages loaded. */
unsigned int	 i18n_count(void);

#endif
