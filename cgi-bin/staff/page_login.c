/* /staff/login (GET the form, POST the credentials), POST /staff/logout, and
 * /staff/password (change one's own password). */
#include "staff.h"

int
page_login(struct request *req)
{
	xml_elem(req->page, "login");
	return 200;
}

int
page_login_post(struct request *req)
{
	const char *user = param_text(req, "username"), *pass = param_text(req, "password");
	xmlNodePtr login = xml_elem(req->page, "login");
	char retry[24];
	int wait = 0;

	if (!auth_origin_ok(req))
		return 403;
	if (user == NULL || pass == NULL || strlen(user) > 60 || strlen(pass) > 1024) {
		req->resp.status = 400;
		xml_attr(login, "error", "login.error.missing");
		xml_attr(login, "username", user && strlen(user) <= 60 ? user : NULL);
		return 200;
	}
	switch (auth_login(req, user, pass, &wait)) {
	case LOGIN_OK:
		return staff_redirect(req, "/staff/");
	case LOGIN_THROTTLED:
		req->resp.status = 429;
		snprintf(retry, sizeof(retry), "%d", wait);
		http_add_header(req, "Retry-After", retry);
		xml_attr(login, "error", "login.error.throttled");
		break;
	case LOGIN_BAD:
		req->resp.status = 403;
		xml_attr(login, "error", "login.error.bad");
		break;
	case LOGIN_DB_ERROR:
		return 503;
	}
	xml_attr(login, "username", user);
	return 200;
}

int
page_logout(struct request *req)
{
	auth_logout(req);
	return staff_redirect(req, "/staff/login");
}

int
page_password(struct request *req)
{
	xml_elem(req->page, "password");
	return 200;
}

int
page_password_post(struct request *req)
{
	const char *cur = param_text(req, "current"), *next = param_text(req, "new");
	const char *again = param_text(req, "again");
	xmlNodePtr pw = xml_elem(req->page, "password");
	const char *why;
	int wait = 0;

	if (cur == NULL || next == NULL || again == NULL || strlen(next) > 1024 ||
	    strlen(cur) > 1024)
		why = "error.param.required";
	else if (strcmp(next, again) != 0)
		why = "password.error.mismatch";
	else
		why = auth_change_password(req, cur, next, &wait);
	if (why != NULL) {
		req->resp.status = 400;
		if (wait > 0) {
			char retry[24];

			snprintf(retry, sizeof(retry), "%d", wait);
			http_add_header(req, "Retry-After", retry);
			req->resp.status = 429;
		} else if (strcmp(why, "password.error.current") == 0)
			req->resp.status = 403;
		xml_attr(pw, "error", why);
		return 200;
	}
	xml_attr(pw, "done", "1");
	return 200;
}
