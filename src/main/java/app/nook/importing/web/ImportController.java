package app.nook.importing.web;

import app.nook.importing.CustomerImport;
import app.nook.importing.ImportColumns;
import app.nook.importing.ImportField;
import app.nook.importing.ImportReport;
import app.nook.staff.CurrentActor;
import app.nook.system.InvalidInputException;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Customers > Import: upload a CSV file, map its columns, run a dry run, then apply. */
@Controller
class ImportController {

    private final CustomerImport imports;

    ImportController(CustomerImport imports) {
        this.imports = imports;
    }

    @GetMapping("/customers/import")
    String form() {
        return "importing/upload";
    }

    @PostMapping("/customers/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            var columns = imports.upload(file.getOriginalFilename(), file.getBytes(), CurrentActor.get());
            return "redirect:/customers/import/" + columns.uploadId();
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", e.getMessage());
            return "importing/upload";
        }
    }

    @GetMapping("/customers/import/{id}")
    String columns(@PathVariable String id, Model model) {
        return view(imports.columns(id, CurrentActor.get()), null, model);
    }

    @PostMapping("/customers/import/{id}/dry-run")
    String dryRun(@PathVariable String id, @RequestParam Map<String, String> params, Model model) {
        var actor = CurrentActor.get();
        var columns = chosen(imports.columns(id, actor), params);
        return view(columns, imports.dryRun(id, columns.mapping(), actor), model);
    }

    @PostMapping("/customers/import/{id}/apply")
    String apply(@PathVariable String id, @RequestParam Map<String, String> params, Model model) {
        var actor = CurrentActor.get();
        var columns = chosen(imports.columns(id, actor), params);
        ImportReport report = imports.apply(id, columns.mapping(), actor);
        if (report.applied()) {
            model.addAttribute("report", report);
            return "importing/done";
        }
        model.addAttribute("refused", true);
        return view(columns, report, model);
    }

    private static ImportColumns chosen(ImportColumns columns, Map<String, String> params) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            String value = params.getOrDefault("column_" + field.name(), "");
            if (value.matches("\\d{1,4}")
                    && Integer.parseInt(value) < columns.headers().size()) {
                mapping.put(field, Integer.parseInt(value));
            }
        }
        return new ImportColumns(columns.uploadId(), columns.headers(), columns.rows(), mapping);
    }

    private static String view(ImportColumns columns, ImportReport report, Model model) {
        model.addAttribute("columns", columns);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("report", report);
        return "importing/map";
    }
}
