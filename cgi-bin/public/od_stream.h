/* Open data's responses: JSON documents and errors, CORS, streamed downloads (od_stream.c). */
#ifndef MB_OD_STREAM_H
#define MB_OD_STREAM_H

#include <stdbool.h>

#include <jansson.h>

#include "public.h"

/* Access-Control-Allow-Origin for the API. */
void		 od_cors(struct request *);
/* Sends a JSON document with http_send (ETag, 304 on a match), then frees it. */
int		 od_json_send(struct request *, json_t *);
/* A JSON error body: {"error": {"status", "field", "reason", "message": {vi, en}}}. */
int		 od_json_error(struct request *, int status, const char *field, const char *reason_key);

/* A streamed response. od_stream_begin sets the type, the download's file name (may be
 * NULL), a weak ETag made of the data generation, the date and the request, and answers
 * 304 when If-None-Match matches. Returns true when the response is complete already
 * (304, or HEAD): the caller then writes nothing. */
struct od_out {
	struct request	*req;
	struct buf	 b;
	bool		 failed;
};
bool		 od_stream_begin(struct request *, const char *content_type, const char *filename);
void		 od_out_init(struct od_out *, struct request *);
/* Writes the buffer out once it holds more than a few kilobytes (force: always). Returns
 * -1 once the client is gone. */
int		 od_out_flush(struct od_out *, bool force);
void		 od_out_json(struct od_out *, json_t *);	/* appends and frees */
void		 od_out_free(struct od_out *);
/* Ends a streamed response whose statements ended with rc, and frees o. When they all ran
 * (or the client left: DB_ABORTED) it writes closing (may be NULL), flushes, and returns
 * PAGE_DONE. When one failed before anything was sent it returns the HTTP status (the
 * caller answers with an error page). When one failed after the headers went out it writes
 * no closing part and aborts the response (http_abort: logged, connection cut), so no
 * client takes the partial file for a whole one; returns PAGE_DONE. */
int		 od_stream_end(struct od_out *, enum db_status rc, const char *closing);

#endif
