from enum import StrEnum


class OrganisationError(StrEnum):
    FORBIDDEN = "org_forbidden"
    INVALID_IMPORT = "book_import_invalid"
    INVALID_STATUS = "lead_invalid_status"
    NO_CONSENT = "lead_no_consent"
