/** Deployment configuration through MicroProfile Config: demo mode, base URL, first admin password. */
package app.vinculo.platform.config;
