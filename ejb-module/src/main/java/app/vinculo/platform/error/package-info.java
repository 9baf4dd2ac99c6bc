/**
 * Business exceptions: unchecked, rolled back, each carrying a message key of the {@code messages} bundle.
 * The web tier maps them once to translated FacesMessages, the REST layer once to problem+json.
 */
package app.vinculo.platform.error;
