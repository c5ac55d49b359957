package app.nook.customer.web;

import app.nook.audit.AuditLog;
import app.nook.billing.Invoices;
import app.nook.checkin.CheckIns;
import app.nook.contract.ContractStatus;
import app.nook.contract.ContractSummary;
import app.nook.contract.Contracts;
import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerKind;
import app.nook.customer.Customers;
import app.nook.file.CustomerFiles;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.NookProperties;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Gathers everything the customer record shows, and what each action would change, into the page's model. */
@Component
class RecordPage {

    static final int CHECK_INS_SHOWN = 50;

    private final Customers customers;
    private final Contracts contracts;
    private final Invoices invoices;
    private final CustomerFiles files;
    private final CheckIns checkIns;
    private final AuditLog auditLog;
    private final Locations locations;
    private final long maxUploadMegabytes;

    RecordPage(
            Customers customers,
            Contracts contracts,
            Invoices invoices,
            CustomerFiles files,
            CheckIns checkIns,
            AuditLog auditLog,
            Locations locations,
            NookProperties properties) {
        this.customers = customers;
        this.contracts = contracts;
        this.invoices = invoices;
        this.files = files;
        this.checkIns = checkIns;
        this.auditLog = auditLog;
        this.locations = locations;
        this.maxUploadMegabytes = properties.files().maxSize().toMegabytes();
    }

    /**
     * Fills the model for one customer's record and answers the view to render: the record, read-only for an
     * archived customer, or the short page of an erased one.
     *
     * @param form the form to show again after a refused save, or null for the stored profile
     */
    String show(long id, CustomerForm form, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);
        CustomerDetails customer = customers.get(id, actor.locations());
        model.addAttribute("customer", customer);
        if (customer.erased()) {
            return "customer/erased";
        }

        List<ContractSummary> contractList = contracts.ofCustomer(id);
        model.addAttribute("contracts", contractList);
        model.addAttribute("invoices", invoices.ofCustomer(id));
        model.addAttribute("files", files.ofCustomer(id));
        model.addAttribute("checkIns", checkIns.latestOf(id, CHECK_INS_SHOWN));
        model.addAttribute("history", auditLog.ofCustomer(id));
        model.addAttribute("impact", Impact.of(customer, contractList));
        model.addAttribute("allowed", Allowed.of(actor));
        model.addAttribute("maxUploadMegabytes", maxUploadMegabytes);
        if (!customer.archived()) {
            model.addAttribute("form", form != null ? form : CustomerForm.of(customer));
            model.addAttribute("locations", locations.within(actor.locations()));
            model.addAttribute("kinds", CustomerKind.values());
        }
        return "customer/record";
    }

    /**
     * What the actions would change, for their confirmation dialogs.
     *
     * @param activeContracts contracts an archive would suspend
     * @param resumableContracts contracts the archive suspended, which a restore would make active again
     */
    record Impact(long activeContracts, long resumableContracts, boolean portalAccess) {

        static Impact of(CustomerDetails customer, List<ContractSummary> contracts) {
            long active = contracts.stream()
                    .filter(c -> c.status() == ContractStatus.ACTIVE)
                    .count();
            long resumable = contracts.stream()
                    .filter(ContractSummary::suspendedByArchive)
                    .count();
            return new Impact(active, resumable, customer.portalAccess());
        }
    }

    /** Which actions the signed-in staff user may take, so the page offers only those. */
    record Allowed(boolean edit, boolean archive, boolean suspend, boolean portal, boolean erase) {

        static Allowed of(Actor actor) {
            return new Allowed(
                    actor.may(Permission.EDIT_CUSTOMERS),
                    actor.may(Permission.ARCHIVE_CUSTOMERS),
                    actor.may(Permission.SUSPEND_CUSTOMERS),
                    actor.may(Permission.MANAGE_PORTAL_ACCESS),
                    actor.may(Permission.ERASE_CUSTOMERS));
        }
    }
}
