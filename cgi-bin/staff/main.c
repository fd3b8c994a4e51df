/* minhbach-staff: the FastCGI program behind /staff/, where the management boards' staff
 * prepare, review and publish changes. Its database account may change working tables
 * but runs no DDL. Every page but the sign-in requires a session; every POST is checked
 * for its origin and CSRF token before anything else runs (app.c). */
#include "staff.h"

int
main(int argc, char **argv)
{
	return server_main(&staff_app, argc, argv);
}
