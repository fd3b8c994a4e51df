/* multipart/form-data bodies (RFC 7578): text fields and uploaded files. */
#ifndef MB_MULTIPART_H
#define MB_MULTIPART_H

#include <stddef.h>

struct kv_list;

struct upload {
	char		*field;		/* the form field's name */
	char		*filename;	/* as the browser sent it (not trusted) */
	char		*content_type;
	const char	*data;		/* points into the request body */
	size_t		 len;
};

struct upload_list {
	struct upload	*items;
	unsigned int	 count;
};

/* Splits body by the boundary given in content_type. Text fields (parts without a
 * filename) go to fields, files to files. Returns 0, or -1 when the body is malformed
 * (no boundary, a part without a name, a field that is not UTF-8, more than 64 parts). */
int		 multipart_parse(const char *content_type, const char *body, size_t len,
		    struct kv_list *fields, struct upload_list *files);
void		 upload_list_free(struct upload_list *);
const struct upload *upload_get(const struct upload_list *, const char *field);

#endif
