/**
 * Startup records: demo users (one per role) and the features' {@link app.vinculo.platform.demo.DemoData}
 * in demo mode; the first administrator from configuration otherwise.
 */
package app.vinculo.platform.demo;
