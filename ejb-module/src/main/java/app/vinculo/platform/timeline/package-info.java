/**
 * The client timeline's extension point: features implement {@link app.vinculo.platform.timeline.TimelineSource}
 * by extending {@link app.vinculo.platform.timeline.ClientRecordTimeline} (one bounded query per kind of record);
 * the client page merges their entries newest first, page by page.
 */
package app.vinculo.platform.timeline;
