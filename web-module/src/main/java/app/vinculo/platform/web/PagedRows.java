package app.vinculo.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lazy model of every list: the page and the count come from a boundary (paged in the database), with the
 * table's sort passed on; rows are keyed by their id. The functions read the backing bean's current filters each
 * time, and are serializable with it (view state, session failover).
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How many rows the filters match. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** One page; {@code sortField} null when the table is not sorted. */
    @FunctionalInterface
    public interface Pager<T> extends Serializable {
        List<T> page(int first, int size, String sortField, boolean ascending);
    }

    /** A row's id. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Pager<T> pager;
    private final Key<T> key;

    public PagedRows(Counter counter, Pager<T> pager, Key<T> key) {
        this.counter = counter;
        this.pager = pager;
        this.key = key;
    }

    /** Shows the first page of a data table ({@code ":clients:table"}) again, after its filters changed. */
    public static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return pager.page(first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        if (page != null) {
            for (T row : page) {
                if (Objects.equals(getRowKey(row), rowKey)) {
                    return row;
                }
            }
        }
        return null;
    }
}
