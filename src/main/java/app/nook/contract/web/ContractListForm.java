package app.nook.contract.web;

import app.nook.contract.ContractFilter;
import app.nook.contract.ContractStatus;
import app.nook.system.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The contracts list's filters as typed in the address; read leniently, refused with a field name when wrong. */
record ContractListForm(String status, String location, String page) {

    /**
     * The filter these values describe.
     *
     * @throws InvalidInputException naming {@code status} or {@code location} when one cannot be read
     */
    ContractFilter toFilter() {
        return new ContractFilter(parseStatus(), parseLocation());
    }

    /** The filters, without the page, for links that keep them. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("location", location);
        return params;
    }

    private ContractStatus parseStatus() {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ContractStatus.values())
                .filter(known -> known.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "Unknown contract status"));
    }

    private Long parseLocation() {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (!location.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException("location", "Unknown location");
        }
        return Long.valueOf(location.strip());
    }
}
