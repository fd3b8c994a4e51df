/* One HTTP request as the FastCGI server hands it over, and the response we write. */
#ifndef MB_HTTP_H
#define MB_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include <fcgiapp.h>
#include <libxml/tree.h>

#include "buf.h"
#include "i18n.h"
#include "multipart.h"

enum http_method {
	METHOD_GET = 1 << 0,
	METHOD_HEAD = 1 << 1,
	METHOD_POST = 1 << 2,
};

struct kv {
	char	*key;
	char	*value;
};

struct kv_list {
	struct kv	*items;
	unsigned int	 count;
};

/* Parses an application/x-www-form-urlencoded string (query or body). Returns 0, or -1
 * when a name or value is not valid percent-encoded UTF-8 (*bad names the key, or NULL). */
int		 kv_parse(struct kv_list *, const char *, size_t, const char **bad);
void		 kv_free(struct kv_list *);
/* The first value of key, or NULL. */
const char	*kv_get(const struct kv_list *, const char *key);

struct http_header {
	char	*name;
	char	*value;
};

struct response {
	int			 status;
	struct http_header	*headers;
	unsigned int		 nheaders;
	bool			 started;	/* headers written */
	bool			 failed;	/* the client went away */
	bool			 aborted;	/* cut short: the worker closes the connection */
};

#define HTTP_REQUEST_ID_MAX	64

struct request {
	FCGX_Request		*fcgi;		/* NULL when parsed from memory */
	struct buf		*out;		/* without fcgi: the response is appended here
						 * (the pipeline tests), or dropped when NULL */
	char			**envp;		/* the FastCGI parameters, "NAME=value" */
	enum http_method	 method;
	char			*path;		/* decoded, without the language prefix */
	char			*full_path;	/* decoded, as requested */
	const char		*query_string;	/* raw */
	enum lang		 lang;
	struct kv_list		 query;
	struct kv_list		 form;		/* POST fields (urlencoded or multipart) */
	struct upload_list	 files;		/* multipart POST files */
	char			*body;
	size_t			 body_len;
	bool			 input_read;	/* all the input announced was read: a GET or HEAD
						 * without a body, or the body read whole as
						 * CONTENT_LENGTH announced (not chunked); only the
						 * end of FCGI_STDIN can follow, at once */
	const char		*content_type;
	const char		*remote_addr;
	bool			 https;
	/* set by the router */
	const struct route	*route;
	char			*path_args[4];
	unsigned int		 npath_args;
	struct param_value	*params;	/* parallel to route->params */
	/* the data document the handler fills and the template renders */
	xmlDocPtr		 doc;
	xmlNodePtr		 page;		/* <page>, the root */
	char			 today[11];	/* its UTC date, YYYY-MM-DD (<page today>) */
	/* per-program data: the worker's handles, the staff session (malloc'd; freed with
	 * the request) */
	void			*app;
	void			*session;
	struct response		 resp;
	/* validators: set by the program (Last-Modified of the data), used by http_send() */
	char			 last_modified[40];
	const char		*cache_control;
	/* the worker's page cache: set by server_handle when this page may be stored
	 * (malloc'd key; the data generation and UTC day it was read under) */
	char			*page_cache_key;
	unsigned long long	 page_generation;
	long			 page_day;
	/* a handler's 400: which field and why (catalog key) */
	const char		*bad_field;
	const char		*bad_reason;
	/* the web server's id of the request (REQUEST_ID, else Apache's UNIQUE_ID), or one
	 * the worker made: in its log lines and the X-Request-Id header */
	char			 request_id[HTTP_REQUEST_ID_MAX + 1];
};

/* Fills req from the FastCGI environment. Returns 0, or an HTTP status (400, 413) when
 * the request cannot be read; max_body caps CONTENT_LENGTH. */
int		 http_request_init(struct request *, FCGX_Request *, size_t max_body);
/* Reads up to n body bytes into out; returns how many it read. */
typedef size_t (*http_body_reader)(void *ctx, char *out, size_t n);
/* The same from the parameters envp (NULL-terminated "NAME=value" strings, kept by
 * reference) and a body reader: what the FastCGI layer hands over, without its I/O. */
int		 http_request_parse(struct request *, char **envp, http_body_reader, void *ctx,
		    size_t max_body);
void		 http_request_free(struct request *);
const char	*http_env(const struct request *, const char *name);
/* The value of cookie name in a Cookie header (may be NULL), copied into out (size n);
 * false when absent or too long. */
bool		 http_cookie(const char *header, const char *name, char *out, size_t n);
const char	*http_status_text(int);

void		 http_set_status(struct request *, int);
/* Adds a header; the value must not hold CR or LF (checked: such a header is dropped). */
void		 http_add_header(struct request *, const char *name, const char *value);
/* Drops the headers added so far but Allow, for an error that replaces a response. */
void		 http_clear_headers(struct request *);
/* The Content-Security-Policy of every HTML page (http_start adds it). */
#define HTTP_PAGE_CSP	"default-src 'self'; object-src 'none'; base-uri 'none'; " \
	"form-action 'self'; frame-ancestors 'none'"

/* The page's policy, HTTP_PAGE_CSP with images allowed from origin too ("https://host[:port]":
 * a tile server the site configures), and X-Frame-Options: for an HTML page that shows them. */
void		 http_page_policy_images(struct request *, const char *origin);

/* Writes status and headers once; then the body. An HTML response gets HTTP_PAGE_CSP and
 * X-Frame-Options unless it set a policy of its own. Returns -1 once the client is gone. */
int		 http_start(struct request *);
int		 http_write(struct request *, const void *, size_t);
int		 http_puts(struct request *, const char *);
/* For a response whose body cannot be completed (a fetch failed after the headers went
 * out): logs why, and makes the worker close the connection to the web server without
 * ending the request (no FCGI_END_REQUEST), so the web server reports "upstream prematurely
 * closed connection" and cuts the client's transfer short (no terminal chunk, or fewer bytes
 * than Content-Length): every client sees a failed download, never a shorter one that looks
 * whole. Nothing more is written. */
void		 http_abort(struct request *, const char *why);
/* Sends a whole body with its Content-Type, an ETag (a hash of the bytes), Last-Modified
 * when the request has one, and Cache-Control (req->cache_control, else no-cache); answers
 * 304 without a body when If-None-Match (or If-Modified-Since) matches. Returns -1 once the
 * client is gone. */
int		 http_send(struct request *, const void *body, size_t len, const char *content_type);
/* The same with the ETag already known (a page from the cache). */
int		 http_send_tagged(struct request *, const void *body, size_t len,
		    const char *content_type, const char *etag);
/* The ETag of a body: a quoted hash of the bytes (35 bytes with the terminator). */
#define HTTP_ETAG_SIZE	35
void		 http_etag(char out[HTTP_ETAG_SIZE], const void *body, size_t len);
/* Sets last_modified from a "YYYY-MM-DD HH:MM:SS" UTC time. */
void		 http_set_last_modified(struct request *, const char *datetime);

/* What follows "http://" or "https://" (either case) in an origin or URL, or NULL when it
 * has neither scheme. */
const char	*http_origin_authority(const char *);
/* Whether a configured origin (public_origin) is one: http or https, a lower-case host name
 * or address, an optional port, nothing else, shorter than HTTP_ORIGIN_MAX. */
#define HTTP_ORIGIN_MAX	256
bool		 http_origin_valid(const char *);

/* Whether a POST comes from a page of origin want (scheme://host[:port]): its Origin header
 * is exactly want, or, without one, its Referer starts with want and a '/'. Without want,
 * the request's own scheme and Host. No header at all: false. */
bool		 http_same_origin(struct request *, const char *want);

/* For a handler that finds a value bad beyond what its declaration checks: records the
 * field and the reason's catalog key for the 400 page, and returns 400. */
int		 http_bad_param(struct request *, const char *field, const char *reason_key);
/* A 303 redirect to location (a path on this site). */
void		 http_redirect(struct request *, const char *location);

#endif
