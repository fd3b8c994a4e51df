/* minhbach-public: the FastCGI program that serves every public page from published data,
 * through a database account that can only read the published columns and the pub_* views
 * (sql/grants.sql). Its routes and handlers are libpublic (app.c and the page files), which
 * its tests link too. */
#include "public.h"

int
main(int argc, char **argv)
{
	return server_main(&public_app, argc, argv);
}
