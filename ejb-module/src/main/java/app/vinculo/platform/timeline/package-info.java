/**
 * The client timeline's extension point: features implement {@link app.vinculo.platform.timeline.TimelineSource};
 * the client page merges their entries newest first, page by page.
 */
package app.vinculo.platform.timeline;
