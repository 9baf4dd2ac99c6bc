/** Health checks for operators (MicroProfile Health): readiness includes the database. */
package app.vinculo.platform.health;
