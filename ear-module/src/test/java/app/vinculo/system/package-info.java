/**
 * Black-box system tests of the deployed EAR: a real headless Chromium (Selenium) walks the portal as each demo
 * role. Run by failsafe ({@code *ST}) against {@code test.base.url}; screenshots go to {@code test.screenshots}.
 */
package app.vinculo.system;
