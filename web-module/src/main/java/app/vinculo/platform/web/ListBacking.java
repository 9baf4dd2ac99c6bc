package app.vinculo.platform.web;

import org.primefaces.model.LazyDataModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What every list page's backing bean shares: the lazy model paged in the database ({@link PagedRows}, rows keyed by
 * their id), "Aplicar" (the filter fields become the filter the model reads, the table goes back to its first page)
 * and "Limpiar" (the fields back to their defaults, then applied). Each bean keeps its own filter fields and filter;
 * only this shape is here. The model's functions call the bean, so they are serialized with it (view state, session
 * failover), and the bean stays {@code @ViewScoped} and small.
 *
 * @param <T> the row (a read-model record)
 */
public abstract class ListBacking<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String table;
    private final PagedRows<T> model;

    /**
     * @param table the data table's client id ({@code ":clients:table"}), reset to its first page by {@link #apply}
     * @param key   a row's id
     */
    protected ListBacking(String table, PagedRows.Key<T> key) {
        this.table = table;
        this.model = new PagedRows<>(this::count, this::page, key);
    }

    /** How many rows the current filter matches. */
    protected abstract long count();

    /** One page of the rows the current filter matches; {@code sortField} null when the table is not sorted. */
    protected abstract List<T> page(int first, int size, String sortField, boolean ascending);

    /** Turns the filter fields into the filter {@link #count} and {@link #page} read (nothing when they read the fields). */
    protected void filter() {
    }

    /** Puts the filter fields back to their defaults. */
    protected void reset() {
    }

    /** The filter fields apply: the table reloads from its first page. */
    public void apply() {
        filter();
        firstPage();
    }

    /** The filter fields back to their defaults, applied. */
    public void clear() {
        reset();
        apply();
    }

    /** The table back to its first page (the rows changed, the filter did not). */
    protected void firstPage() {
        PagedRows.firstPage(table);
    }

    public LazyDataModel<T> getModel() {
        return model;
    }

    /** A typed text: trimmed, null when blank (no filter). */
    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
