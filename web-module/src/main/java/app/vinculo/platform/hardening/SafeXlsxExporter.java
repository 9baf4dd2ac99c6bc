package app.vinculo.platform.hardening;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' XLSX export of a data table, with formulas neutralised ({@link SafeExports}). */
public class SafeXlsxExporter extends DataTableExcelXExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, safe(value), index);
    }

    static ColumnValue safe(ColumnValue value) {
        if (value != null && value.getValue() instanceof String text) {
            String safe = SafeExports.text(text);
            return safe.equals(text) ? value : ColumnValue.of(safe);
        }
        return value;
    }
}
