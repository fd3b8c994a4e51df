/* Declared request parameters: each has a name and a validator that also parses it.
 * Handlers see only validated values; a bad value is answered with 400 naming the field. */
#ifndef MB_PARAMS_H
#define MB_PARAMS_H

#include <stdbool.h>

struct request;

enum param_type {
	PARAM_TEXT,	/* UTF-8 text up to max_len characters, trimmed */
	PARAM_INT,	/* integer in [min, max] */
	PARAM_DECIMAL,	/* non-negative decimal number in [min, max], with a decimal point
			 * or the Vietnamese decimal comma ("12.5", "12,5") */
	PARAM_SLUG,	/* [a-z0-9-], 1..80 (params_validate lower-cases a request's) */
	PARAM_ENUM,	/* one of choices (params_validate takes a request's in any case) */
	PARAM_DATE,	/* YYYY-MM-DD, a real date */
	PARAM_URL,	/* an absolute http:// or https:// URL with a host, up to max bytes
			 * (2000 when max is 0), no space, control character, quote or <> */
};

enum param_source { PARAM_QUERY, PARAM_FORM };

struct param_decl {
	const char		 *name;
	enum param_type		  type;
	long long		  min, max;	/* INT and DECIMAL bounds; TEXT: max = max_len */
	const char *const	 *choices;	/* ENUM, NULL-terminated */
	bool			  multi;	/* may repeat (up to max_count, at most PARAM_MULTI_MAX) */
	unsigned int		  max_count;
	bool			  required;
	/* DECIMAL: the name of a parameter this one may not be less than (max ≥ min) */
	const char		 *not_below;
};

/* enough for a form that lists every zone with a checkbox (the finder) */
#define PARAM_MULTI_MAX	32

struct param_value {
	unsigned int	 count;			/* 0 when absent or empty */
	const char	*text[PARAM_MULTI_MAX];	/* validated text (owned by the request lists) */
	long long	 i[PARAM_MULTI_MAX];	/* INT, ENUM index */
	double		 d[PARAM_MULTI_MAX];	/* DECIMAL */
};

/* Why a value was refused, as a catalog key ("error.param.int" …). */
struct param_error {
	const char	*field;
	const char	*reason_key;
};

/* Validates the request's parameters from source against decls (terminated by a NULL
 * name) into req->params. Returns 0, or -1 with *err naming the field. Parameters that
 * are not declared are ignored. */
int			 params_validate(struct request *, const struct param_decl *,
			    enum param_source, struct param_error *err);
void			 params_free(struct request *);
/* The validated value of a declared parameter, by name (NULL when not declared). */
const struct param_value *param(const struct request *, const char *name);
/* Shorthands: the first value, or def / NULL when absent. */
const char		*param_text(const struct request *, const char *name);
long long		 param_int(const struct request *, const char *name, long long def);

/* Single-value validators, exposed for the tests and for form handling. Each returns
 * NULL when the value is good, else the catalog key of the reason. */
const char	*param_check(const struct param_decl *, const char *value, long long *i, double *d);

#endif
