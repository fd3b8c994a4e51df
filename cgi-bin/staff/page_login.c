/* GET /staff/login — the sign-in form. */
#include "staff.h"

int
page_login(struct request *req)
{
	xml_elem(req->page, "login");
	return 200;
}
