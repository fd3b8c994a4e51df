/* Unit tests: multipart/form-data parsing, good and malformed. */
#include "http.h"
#include "multipart.h"
#include "tap.h"

#include <stdlib.h>

#define CT "multipart/form-data; boundary=XyZ"

static int
parse(const char *body, size_t len, struct kv_list *f, struct upload_list *u)
{
	memset(f, 0, sizeof(*f));
	memset(u, 0, sizeof(*u));
	return multipart_parse(CT, body, len, f, u);
}

int
main(void)
{
	struct kv_list f;
	struct upload_list u;
	static const char good[] =
	    "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
	    "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nVân Đồn\r\nline 2\r\n"
	    "--XyZ\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"q\\\"d.pdf\"\r\n"
	    "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n\0binary\r\n%%EOF\r\n"
	    "--XyZ--\r\n";
	const struct upload *up;

	ok(parse(good, sizeof(good) - 1, &f, &u) == 0, "a well-formed body parses");
	is_str(kv_get(&f, "csrf"), "abc", "text field");
	is_str(kv_get(&f, "note"), "Vân Đồn\r\nline 2", "text with CRLF inside");
	up = upload_get(&u, "pdf");
	ok(up != NULL && up->len == 24 && memcmp(up->data, "%PDF-1.4", 8) == 0,
	    "file part with binary content (%zu bytes)", up ? up->len : 0);
	ok(up && up->content_type && strcmp(up->content_type, "application/pdf") == 0, "content type");
	kv_free(&f);
	upload_list_free(&u);

	ok(parse("garbage", 7, &f, &u) == -1, "no delimiter: refused");
	kv_free(&f);
	upload_list_free(&u);
	ok(parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated", 61, &f, &u) == -1,
	    "a part without its closing delimiter: refused");
	kv_free(&f);
	upload_list_free(&u);
	ok(parse("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", 46, &f, &u) == -1,
	    "a part without a name: refused");
	kv_free(&f);
	upload_list_free(&u);
	ok(parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\xfe\r\n--XyZ--", 58, &f, &u) == -1,
	    "a text field that is not UTF-8: refused");
	kv_free(&f);
	upload_list_free(&u);
	memset(&f, 0, sizeof(f));
	memset(&u, 0, sizeof(u));
	ok(multipart_parse("multipart/form-data", good, sizeof(good) - 1, &f, &u) == -1,
	    "a content type without boundary: refused");
	{
		struct buf b;

		buf_init(&b);
		for (int i = 0; i < 70; i++)
			buf_printf(&b, "--XyZ\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\nv\r\n", i);
		buf_puts(&b, "--XyZ--\r\n");
		ok(parse(b.data, b.len, &f, &u) == -1, "more than 64 parts: refused");
		kv_free(&f);
		upload_list_free(&u);
		buf_free(&b);
	}
	/* a parameter after a leading semicolon: the value's end was taken from the semicolon
	 * before it (a length of ~2^64, which aborted the worker) */
	{
		static const char *const shapes[] = {
			"Content-Disposition: ; name=csrf",
			"Content-Disposition: ; name=\"csrf\"",
			"Content-Disposition:;name=csrf",
			"Content-Disposition: ;; \tname=csrf;",
			"Content-Disposition: form-data;; name=csrf; ;filename=a.pdf",
		};

		for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
			struct buf b;

			buf_init(&b);
			buf_printf(&b, "--XyZ\r\n%s\r\n\r\nv\r\n--XyZ--\r\n", shapes[k]);
			ok(parse(b.data, b.len, &f, &u) == 0 &&
			    ((f.count == 1 && strcmp(f.items[0].key, "csrf") == 0) ||
			    (u.count == 1 && strcmp(u.items[0].field, "csrf") == 0)),
			    "name after a leading semicolon: %s", shapes[k]);
			kv_free(&f);
			upload_list_free(&u);
			buf_free(&b);
		}
	}
	/* every truncation of a good body is refused (in a buffer of exactly its size, so
	 * AddressSanitizer sees any read past its end), except those that keep the closing
	 * delimiter whole */
	{
		int accepted = 0;

		for (size_t n = 0; n < sizeof(good) - 1; n++) {
			char *copy = malloc(n ? n : 1);

			memcpy(copy, good, n);
			if (parse(copy, n, &f, &u) == 0)
				accepted++;
			kv_free(&f);
			upload_list_free(&u);
			free(copy);
		}
		ok(accepted == 2, "truncated bodies are refused (%d accepted: the two that end after --XyZ--)",
		    accepted);
	}
	return done();
}
