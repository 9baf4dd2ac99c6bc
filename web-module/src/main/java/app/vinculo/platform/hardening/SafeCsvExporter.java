package app.vinculo.platform.hardening;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' CSV export of a data table, with formulas neutralised ({@link SafeExports}). */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, SafeXlsxExporter.safe(value), index);
    }
}
