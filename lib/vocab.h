/* The vocabularies both programs share (project statuses, authorities, zone kinds, zone
 * statuses, the registry's sorts), each listed once: the parameters' choices, the staff
 * forms', and the options the public pages list (block_vocab_options). tests/unit/test_vocab.c
 * checks the schema's ENUMs, the XSD, openapi.json and the catalog's labels against them. */
#ifndef MB_VOCAB_H
#define MB_VOCAB_H

/* X(id, value); the order is the schema's ENUM order */
#define VOCAB_PROJECT_STATUS_LIST(X) \
	X(PS_APPROVED, "approved") X(PS_CONSTRUCTION, "construction") \
	X(PS_OPERATING, "operating") X(PS_DELAYED, "delayed") X(PS_SUSPENDED, "suspended") \
	X(PS_REVOKED, "revoked") X(PS_EXPIRED, "expired")
/* X(id, value); the order of the registry's sort menu and of openapi.json */
#define VOCAB_SORT_LIST(X) \
	X(SORT_NAME, "name") X(SORT_NAME_DESC, "name_desc") \
	X(SORT_CAPITAL_DESC, "capital_desc") X(SORT_CAPITAL, "capital") \
	X(SORT_DATE_DESC, "date_desc") X(SORT_DATE, "date") \
	X(SORT_RELEVANCE, "relevance")

#define VOCAB_ID(id, value)	id,
enum project_status { VOCAB_PROJECT_STATUS_LIST(VOCAB_ID) PS__MAX };
enum registry_sort { VOCAB_SORT_LIST(VOCAB_ID) SORT__MAX };
#undef VOCAB_ID

enum vocab {
	VOCAB_PROJECT_STATUS,
	VOCAB_AUTHORITY,
	VOCAB_ZONE_KIND,
	VOCAB_ZONE_STATUS,
	VOCAB_SORT,
	VOCAB__MAX
};

struct vocab_def {
	const char		*name;		/* its name (openapi.json, tests) */
	const char		*label;		/* catalog key of a value: label + value */
	const char *const	*values;	/* NULL-terminated, a PARAM_ENUM's choices */
};

extern const struct vocab_def vocabs[VOCAB__MAX];
extern const char *const vocab_project_statuses[PS__MAX + 1];
extern const char *const vocab_authorities[];
extern const char *const vocab_zone_kinds[];
extern const char *const vocab_zone_statuses[];
extern const char *const vocab_sorts[SORT__MAX + 1];

/* The index of value in vocabulary v, or -1 when it is not one of its values. */
int		vocab_index(enum vocab, const char *value);

#endif
