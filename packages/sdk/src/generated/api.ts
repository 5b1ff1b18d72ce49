// Generated from openapi/chikaya.yaml by packages/tools/generate.mjs. Do not edit.
export interface paths {
    "/v1/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sectors
         * @description Sectors group agencies for sector reports.
         */
        get: operations["listSectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the service categories
         * @description The classification of public services used by annual reports.
         */
        get: operations["listServiceCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the regions and their provinces
         * @description Morocco's 12 regions, each with its provinces and prefectures.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the participating agencies
         * @description Agencies in joining order, filtered by sector and by text in any of their names or acronym.
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an agency */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an agency's services */
        get: operations["listAgencyServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lodge a submission
         * @description Lodges a complaint, observation or suggestion with an agency. The answer holds the public
         *     tracking code and the secret access key, shown only this once. Send an `Idempotency-Key` to
         *     retry safely: the same key with the same body replays the first answer, never creating a
         *     second submission. A browser may submit only from one of the agency's `allowedOrigins`.
         *
         *     Without a key, a create carries a proof of work (`Altcha`, from `GET /v1/challenge`) and counts
         *     against the client's limits: a burst of 5, then one a minute (`rate_limited`), and 10 a day with
         *     one agency (`daily_limit_reached`). An agency's own systems (a case system importing phone
         *     complaints) send its back-office key instead: their creates for that agency need no proof and
         *     meet neither limit.
         *
         *     A submission that repeats an earlier one of the same person (national ID, email or phone) with
         *     the same agency within 30 days, in nearly the same words, is lodged all the same, but flagged
         *     (`duplicateOf`, in the agency's view) and counted once in the KPIs and reports.
         */
        post: operations["createSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A proof-of-work challenge for a submission
         * @description A new challenge, signed and good for 10 minutes, to solve before lodging a submission (see the
         *     `Challenge` schema and the `Altcha` header). A form fetches one as soon as the user starts, and
         *     solves it in the background (half a second to a few seconds on a phone), so that it is ready by
         *     the time they send. Never cached: each is used once.
         */
        get: operations["getChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{trackingCode}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a submission by its tracking code
         * @description Public and free of personal data. Rate-limited strictly so that codes cannot be enumerated.
         */
        get: operations["getSubmissionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a submission with its access key
         * @description The submission as lodged, with the agency's answer, the rating and the renewal.
         */
        get: operations["getSubmissionDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{trackingCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the answer
         * @description Once answered, the user rates the answer from 1 to 5; rating closes the submission.
         */
        post: operations["rateSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{trackingCode}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew (contest) the answer
         * @description A complainant unsatisfied with the answer reopens the complaint with a reason, once, within
         *     the renewal window after the answer. The submission goes back to `in_progress`.
         */
        post: operations["renewSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nation's KPIs */
        get: operations["getNationalKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KPIs of many agencies in one response
         * @description Every agency's KPIs (or those named by `ids`) in one response, so that a page of 90 badges
         *     makes one request. Served from precomputed counts; cacheable.
         */
        get: operations["listAgencyKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/agencies/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency's KPIs */
        get: operations["getAgencyKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/agencies/{agencyId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agency's annual report */
        get: operations["getAgencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/sectors/{sectorId}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sector's annual report */
        get: operations["getSectorReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/national/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national summary report */
        get: operations["getNationalReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency's inbox
         * @description The submissions the key's agency holds, newest first.
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submission of the agency's */
        get: operations["getInboxSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submission in hand
         * @description `received` or `forwarded` → `in_progress`.
         */
        post: operations["acknowledgeSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a submission to the competent agency
         * @description The submission moves to the other agency's inbox as `forwarded`; it keeps its due date.
         */
        post: operations["forwardSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an inadmissible submission */
        post: operations["rejectSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a submission
         * @description `received`, `forwarded` or `in_progress` → `answered`. The answer is shown to the holder of the access key.
         */
        post: operations["answerSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/mark-abusive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a submission abusive
         * @description Takes the submission out of the KPIs and reports, whatever its status, which does not change;
         *     the agency's count of abusive submissions (`counts.abusive`) is public, so that marking cannot
         *     hide real complaints. The agency's timeline records it with the key's agency; the public
         *     timeline does not show it. Withdrawn with `unmark-abusive`.
         */
        post: operations["markSubmissionAbusive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/submissions/{trackingCode}/unmark-abusive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a submission's abuse mark
         * @description The submission counts again in the KPIs and reports; the agency's timeline records it, with the key's agency.
         */
        post: operations["unmarkSubmissionAbusive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's measures */
        get: operations["listMeasures"];
        put?: never;
        /**
         * Record a measure
         * @description An action the agency adopted or plans to improve a service; it goes into the annual report.
         */
        post: operations["recordMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/back-office/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a measure
         * @description Removes a measure recorded by mistake. A report already published keeps it.
         */
        delete: operations["deleteMeasure"];
        options?: never;
        head?: never;
        /**
         * Edit a measure
         * @description Changes some of a measure's fields. A report already published keeps the measure as it was
         *     when approved.
         */
        patch: operations["updateMeasure"];
        trace?: never;
    };
    "/v1/admin/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Onboard a new agency
         * @description Adds a public body to the platform with its services and allowed origins; answers its back-office key, shown only this once.
         */
        post: operations["onboardAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and publish an annual report
         * @description Publishes the report of an agency, a sector or the nation for a year that has ended. Its
         *     numbers are frozen as they stand: data arriving later never changes a published report.
         *     The report is then read at its usual address, given in `Location`.
         */
        post: operations["approveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A lowercase identifier. */
        Slug: string;
        /**
         * @description Crockford base32 with a final check symbol (Luhn mod 32).
         * @example K7QM-4XPZ-RD
         */
        TrackingCode: string;
        /** Format: int32 */
        YearNumber: number;
        /**
         * @description ar: Arabic, fr: French, en: English, zgh: Standard Moroccan Tamazight (Tifinagh).
         * @enum {string}
         */
        Locale: "ar" | "fr" | "en" | "zgh";
        /** @description A name in each language of the platform. */
        Names: {
            ar: string;
            fr: string;
            en: string;
            zgh: string;
        };
        Sector: {
            id: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
        };
        SectorList: {
            items: components["schemas"]["Sector"][];
        };
        ServiceCategory: {
            id: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
        };
        ServiceCategoryList: {
            items: components["schemas"]["ServiceCategory"][];
        };
        Province: {
            id: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
        };
        Region: {
            id: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
            provinces: components["schemas"]["Province"][];
        };
        RegionList: {
            items: components["schemas"]["Region"][];
        };
        /** @enum {string} */
        AgencyType: "ministry" | "public_institution" | "local_authority" | "concession_holder";
        /** @description A web origin, scheme and host (and port), without a path. */
        Origin: string;
        Agency: {
            id: components["schemas"]["Slug"];
            acronym: string;
            names: components["schemas"]["Names"];
            type: components["schemas"]["AgencyType"];
            sectorId: components["schemas"]["Slug"];
            /**
             * Format: date
             * @description The day the agency joined the platform.
             */
            joinedOn: string;
            /** Format: uri */
            website: string;
            /** @description Origins whose pages may embed the widgets and submit for this agency. */
            allowedOrigins: components["schemas"]["Origin"][];
        };
        AgencyPage: {
            items: components["schemas"]["Agency"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        Service: {
            id: components["schemas"]["Slug"];
            agencyId: components["schemas"]["Slug"];
            serviceCategoryId: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
        };
        ServiceList: {
            items: components["schemas"]["Service"][];
        };
        /** @enum {string} */
        SubmissionKind: "complaint" | "observation" | "suggestion";
        /**
         * @description How the submission arrived; `widget` when lodged from an agency's own page.
         * @enum {string}
         */
        Channel: "web" | "widget" | "phone" | "mail" | "desk" | "mobile";
        /** @enum {string} */
        SubmissionStatusName: "received" | "in_progress" | "forwarded" | "answered" | "rejected" | "closed";
        /** @enum {string} */
        ActorKind: "user" | "agency" | "system";
        /** @enum {string} */
        RejectionReason: "outside_public_service" | "insufficient_information" | "duplicate" | "abusive" | "before_the_courts";
        /** @description Where the matter happened. */
        Location: {
            regionId: components["schemas"]["Slug"];
            provinceId?: components["schemas"]["Slug"];
            commune?: string;
        };
        FullName: string;
        /** @description National identity card number (CIN), one or two letters then up to six digits. */
        NationalId: string;
        /** Format: email */
        Email: string;
        /** @description Moroccan phone number, `06…`, `07…`, `05…` or `+212…`. */
        Phone: string;
        /** @description Who lodges an observation or a suggestion, when they give their identity. */
        Complainant: {
            fullName: components["schemas"]["FullName"];
            nationalId?: components["schemas"]["NationalId"];
            email?: components["schemas"]["Email"];
            phone?: components["schemas"]["Phone"];
        };
        /**
         * @description Who lodges a complaint, with the national ID and an email or a phone to be answered at.
         *     Unknown fields are refused by `additionalProperties` on the branch that lists every field,
         *     not by `unevaluatedProperties`: what an `anyOf` evaluates is known only at run time, and
         *     validators that track it so have let `constructor`, `toString` and the like through.
         */
        IdentifiedComplainant: {
            fullName: components["schemas"]["FullName"];
            nationalId: components["schemas"]["NationalId"];
            email?: components["schemas"]["Email"];
            phone?: components["schemas"]["Phone"];
        } & ({
            email: components["schemas"]["Email"];
        } | {
            phone: components["schemas"]["Phone"];
        });
        /** @description What every submission carries. */
        SubmissionBase: {
            kind: components["schemas"]["SubmissionKind"];
            agencyId: components["schemas"]["Slug"];
            serviceId?: components["schemas"]["Slug"];
            location?: components["schemas"]["Location"];
            subject: string;
            description: string;
            /**
             * Format: date
             * @description The day the matter happened: not after today (UTC), else `too_big`; not before 1 January 2018,
             *     else `too_small`. The platform opened then (Decree No. 2.17.265), its reports and KPIs start
             *     with that year (`YearNumber`), and an earlier day is far more often a mistyped year (`0202`,
             *     `1025`) than a matter still to complain about; one fixed day, not "N years back", so that a
             *     form judges it as the platform does, without a clock.
             */
            occurredOn?: string;
            answerLanguage: components["schemas"]["Locale"];
            /**
             * @description Consent to the processing of personal data under Law 09-08.
             * @constant
             */
            consent: true;
            /**
             * @description Set by intermediaries (a mobile app, an agent at a desk); browsers on an agency's page are recorded as `widget`.
             * @enum {string}
             */
            channel?: "web" | "phone" | "mail" | "desk" | "mobile";
        };
        /** @description A complaint names its author, with the national ID and an email or a phone. */
        ComplaintInput: {
            /** @constant */
            kind: "complaint";
            complainant: components["schemas"]["IdentifiedComplainant"];
        } & (WithRequired<components["schemas"]["SubmissionBase"], "kind"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "complaint";
        });
        /** @description An observation or a suggestion may be sent without identity. */
        OpinionInput: {
            /** @enum {string} */
            kind: "observation" | "suggestion";
            complainant?: components["schemas"]["Complainant"];
        } & (WithRequired<components["schemas"]["SubmissionBase"], "kind"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "observation" | "suggestion";
        });
        /** @description A complaint, an observation or a suggestion. */
        SubmissionInput: components["schemas"]["ComplaintInput"] | components["schemas"]["OpinionInput"];
        SubmissionReceipt: {
            trackingCode: components["schemas"]["TrackingCode"];
            /** @description The secret to read, rate and renew the submission; shown only once. */
            accessKey: string;
            kind: components["schemas"]["SubmissionKind"];
            agencyId: components["schemas"]["Slug"];
            status: components["schemas"]["SubmissionStatusName"];
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date
             * @description Receipt plus the legal timeframe (60 days).
             */
            dueDate: string;
        };
        TimelineEvent: {
            /** Format: date-time */
            at: string;
            status: components["schemas"]["SubmissionStatusName"];
            actor: components["schemas"]["ActorKind"];
            /** @description The agency concerned at that moment. */
            agencyId: components["schemas"]["Slug"] | null;
            /** @description A public note, free of personal data; on an `abuse` event, the officer's note, seen by the agency only. */
            note: string | null;
            /**
             * @description Only in the agency's view (back office): the submission was marked abusive or the mark was
             *     withdrawn, by the key of `agencyId`; `status` is the status it had then, unchanged. The
             *     public timeline holds no such event.
             */
            abuse?: {
                /** @enum {string} */
                action: "marked" | "unmarked";
                reason: components["schemas"]["AbuseReason"] | null;
            };
        };
        /**
         * @description Why an officer marked a submission abusive: `spam` (advertising, nonsense), `duplicate_flood`
         *     (the same submission sent again and again), `insulting` (insults, threats), `test` (a test, not
         *     a real submission).
         * @enum {string}
         */
        AbuseReason: "spam" | "duplicate_flood" | "insulting" | "test";
        /** @description The mark an officer set, with the key's agency (`by`); there are no staff accounts yet. */
        Abuse: {
            reason: components["schemas"]["AbuseReason"];
            note: string | null;
            /** Format: date-time */
            at: string;
            by: components["schemas"]["Slug"];
        };
        MarkAbusiveInput: {
            reason: components["schemas"]["AbuseReason"];
            /** @description Seen by the agency only. */
            note?: string;
        };
        UnmarkAbusiveInput: {
            /** @description Why the mark is withdrawn; seen by the agency only. */
            note: string;
        };
        /**
         * @description A proof-of-work challenge in ALTCHA's v2 format, signed by the platform: find a `counter` such
         *     that the key derived from `salt` and `nonce` followed by the counter (4 bytes, big-endian), with
         *     `algorithm` applied `cost` times, starts with `keyPrefix` (hex); send the challenge back with
         *     the counter and the key (`Altcha` header). `data.expires` (seconds since 1970, by the platform's
         *     clock) is when it stops being accepted, `data.issued` when it was made: a client whose clock is
         *     off judges the time left by the difference.
         */
        Challenge: {
            parameters: {
                /** @enum {string} */
                algorithm: "SHA-256" | "SHA-384" | "SHA-512";
                nonce: string;
                salt: string;
                /** Format: int32 */
                cost: number;
                /** Format: int32 */
                keyLength: number;
                keyPrefix: string;
                data: {
                    /** Format: int64 */
                    issued: number;
                    /** Format: int64 */
                    expires: number;
                };
            };
            signature: string;
        };
        /** @description What anyone holding the tracking code may see; no personal data. */
        SubmissionStatus: {
            trackingCode: components["schemas"]["TrackingCode"];
            kind: components["schemas"]["SubmissionKind"];
            agencyId: components["schemas"]["Slug"];
            status: components["schemas"]["SubmissionStatusName"];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            renewed: boolean;
            /** @description Every change, oldest first. */
            timeline: components["schemas"]["TimelineEvent"][];
        };
        /** @description The submission as lodged, for the holder of its access key or its agency. */
        SubmissionDetails: {
            trackingCode: components["schemas"]["TrackingCode"];
            kind: components["schemas"]["SubmissionKind"];
            agencyId: components["schemas"]["Slug"];
            status: components["schemas"]["SubmissionStatusName"];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            renewed: boolean;
            timeline: components["schemas"]["TimelineEvent"][];
            serviceId: components["schemas"]["Slug"] | null;
            location: components["schemas"]["Location"] | null;
            subject: string;
            description: string;
            /** Format: date */
            occurredOn: string | null;
            complainant: components["schemas"]["Complainant"] | null;
            answerLanguage: components["schemas"]["Locale"];
            channel: components["schemas"]["Channel"];
            answer: components["schemas"]["Answer"] | null;
            rejectionReason: components["schemas"]["RejectionReason"] | null;
            rating: components["schemas"]["Rating"] | null;
            renewal: components["schemas"]["Renewal"] | null;
            /**
             * Format: date
             * @description The last day the answer may be renewed; null when it cannot be.
             */
            renewableUntil: string | null;
            canRate: boolean;
            canRenew: boolean;
            /**
             * @description Only in the agency's view: the earlier submission this one repeats (the same national ID,
             *     email or phone, the same agency, nearly the same subject and description, within 30 days), or
             *     null. A duplicate is not counted in the KPIs and reports, but in `counts.duplicates`.
             */
            duplicateOf?: components["schemas"]["TrackingCode"] | null;
            /** @description Only in the agency's view; the abuse mark, or null. An abusive submission is not counted in the KPIs and reports, but in `counts.abusive`. */
            abuse?: components["schemas"]["Abuse"] | null;
        };
        Answer: {
            text: string;
            /** Format: date-time */
            at: string;
        };
        Rating: {
            /** Format: int32 */
            score: number;
            comment: string | null;
            /** Format: date-time */
            at: string;
        };
        Renewal: {
            reason: string;
            /** Format: date-time */
            at: string;
        };
        RatingInput: {
            /** Format: int32 */
            score: number;
            comment?: string;
        };
        RenewalInput: {
            reason: string;
        };
        /** @description One rate against its public target; `value` and `met` are null when there is nothing to divide by. */
        Indicator: {
            value: number | null;
            target: number;
            /** @enum {string} */
            comparison: "atLeast" | "atMost";
            met: boolean | null;
        };
        KindCounts: {
            /** Format: int32 */
            complaint: number;
            /** Format: int32 */
            observation: number;
            /** Format: int32 */
            suggestion: number;
        };
        /** @description Performance of an agency or the nation over a calendar year, by date of receipt. */
        Kpis: {
            /**
             * @description A sector's counts are the sums of its agencies' counts.
             * @enum {string}
             */
            scope: "agency" | "sector" | "national";
            agencyId: components["schemas"]["Slug"] | null;
            sectorId: components["schemas"]["Slug"] | null;
            year: components["schemas"]["YearNumber"];
            /**
             * Format: date
             * @description The day the figures were computed.
             */
            asOf: string;
            indicators: {
                responseRate: components["schemas"]["Indicator"];
                onTimeRate: components["schemas"]["Indicator"];
                renewalRate: components["schemas"]["Indicator"];
            };
            counts: {
                /** Format: int32 */
                received: number;
                /**
                 * Format: int32
                 * @description Received less rejected and forwarded out.
                 */
                admissible: number;
                /** Format: int32 */
                answered: number;
                /** Format: int32 */
                answeredOnTime: number;
                /** Format: int32 */
                rejected: number;
                /** Format: int32 */
                forwardedOut: number;
                /**
                 * Format: int32
                 * @description Renewed complaints.
                 */
                renewed: number;
                /**
                 * Format: int32
                 * @description Not answered and past the due date now.
                 */
                overdue: number;
                /**
                 * Format: int32
                 * @description Not answered and not past the due date.
                 */
                open: number;
                byKind: components["schemas"]["KindCounts"];
                /**
                 * Format: int32
                 * @description Submissions received that the agency marked abusive: left out of every other count, and
                 *     published so that marking cannot hide real complaints. Absent from reports approved
                 *     before it was counted.
                 */
                abusive?: number;
                /**
                 * Format: int32
                 * @description Submissions received that repeat an earlier one of the same person (`duplicateOf`), left out of every other count. Absent from reports approved before it was counted.
                 */
                duplicates?: number;
            };
            medianDaysToAnswer: number | null;
            satisfaction: {
                average: number | null;
                /** Format: int32 */
                ratings: number;
            };
            /** @description For the nation, the agencies on the platform at the end of the year (or today) against the target. */
            participatingAgencies: {
                /** Format: int32 */
                count: number;
                /** Format: int32 */
                target: number;
            } | null;
        };
        KpisList: {
            year: components["schemas"]["YearNumber"];
            items: components["schemas"]["Kpis"][];
        };
        /**
         * Format: int32
         * @description A number of submissions in one cell of a report's breakdowns, or `null` when it is
         *     suppressed: a count from 1 to the report's `suppressedBelow` − 1 (1 to 4 on this platform)
         *     is never published, as so few submissions could point at the people who lodged them. Zero
         *     is published as zero.
         */
        BreakdownCount: number | null;
        /** @description The exact number of submissions a report's breakdowns count, by kind; never suppressed. */
        KindTotals: {
            /** Format: int32 */
            complaint: number;
            /** Format: int32 */
            observation: number;
            /** Format: int32 */
            suggestion: number;
            /** Format: int32 */
            total: number;
        };
        /** @description Submissions for one service category, by kind; a small count is `null` (see `BreakdownCount`). */
        ClassificationRow: {
            serviceCategoryId: components["schemas"]["Slug"];
            complaint: components["schemas"]["BreakdownCount"];
            observation: components["schemas"]["BreakdownCount"];
            suggestion: components["schemas"]["BreakdownCount"];
            total: components["schemas"]["BreakdownCount"];
        };
        /**
         * @description Submissions for one key of the platform's classification (a region, a channel, a service),
         *     never a user's own words. A row is there only when the key has submissions; a suppressed
         *     one (`count: null`) has from 1 to `suppressedBelow` − 1. Rows come most first, suppressed
         *     rows last, ties and suppressed rows by key.
         */
        CountRow: {
            key: string;
            count: components["schemas"]["BreakdownCount"];
        };
        /** @description Submissions received in a month, and how many of them are answered; a small count is `null` (see `BreakdownCount`). */
        MonthRow: {
            month: string;
            received: components["schemas"]["BreakdownCount"];
            answered: components["schemas"]["BreakdownCount"];
        };
        /** @description One agency's (in a sector report) or one sector's (in the national report) KPIs. */
        ReportLine: {
            id: components["schemas"]["Slug"];
            kpis: components["schemas"]["Kpis"];
        };
        ParticipationPoint: {
            /** Format: date */
            date: string;
            /** Format: int32 */
            agencies: number;
        };
        /** @description Names in each language, by id. */
        NamesById: {
            [key: string]: components["schemas"]["Names"];
        };
        /**
         * @description The names of everything the report refers to by id, as they stood when it was computed: a
         *     report reads (and prints) on its own, and a published one keeps the names it was approved with.
         *     The ids `unclassified` (service category) and `unknown` (region) have no names here.
         */
        ReportNames: {
            agencies: components["schemas"]["NamesById"];
            sectors: components["schemas"]["NamesById"];
            serviceCategories: components["schemas"]["NamesById"];
            services: components["schemas"]["NamesById"];
            regions: components["schemas"]["NamesById"];
        };
        /**
         * @description The uniform annual report model, for an agency, a sector or the nation: the KPIs against the
         *     targets beside the previous year's, the classification of submissions by service category and
         *     kind, and the measures adopted or planned.
         *
         *     A report is public, cached and, once approved, frozen, so it publishes counts over the
         *     platform's classification only (service categories, services, kinds, regions, channels,
         *     months), never what a user wrote. And it publishes no small count: in `classification`,
         *     `byRegion`, `byChannel`, `byMonth` and `topServices`, a count from 1 to `suppressedBelow` − 1
         *     is `null` (suppressed). The KPIs, `totals` and the `lines` stay exact.
         */
        Report: {
            /** @enum {string} */
            scope: "agency" | "sector" | "national";
            agencyId: components["schemas"]["Slug"] | null;
            sectorId: components["schemas"]["Slug"] | null;
            year: components["schemas"]["YearNumber"];
            /**
             * @description `provisional` while the year is open or the report awaits approval; `published` once approved, after which its numbers never change.
             * @enum {string}
             */
            status: "provisional" | "published";
            /** @description When the report was approved and published; null while provisional. */
            publishedAt: string | null;
            kpis: components["schemas"]["Kpis"];
            previousYear: components["schemas"]["Kpis"] | null;
            /**
             * @description Submissions by service category and kind. This and the other breakdowns count the
             *     submissions the scope holds: one it forwarded to the competent agency is counted by that
             *     agency, while `kpis.counts.received` counts it here too (and `forwardedOut` says how many).
             */
            classification: components["schemas"]["ClassificationRow"][];
            /** @description Submissions by region id (`unknown` when none was given). */
            byRegion: components["schemas"]["CountRow"][];
            /** @description Submissions by channel. */
            byChannel: components["schemas"]["CountRow"][];
            byMonth: components["schemas"]["MonthRow"][];
            daysToAnswer: {
                median: number | null;
                p90: number | null;
            };
            /**
             * @description The services most submissions concerned (at most 10), by service id (named in
             *     `names.services`). Submissions that name no service are counted in `classification` only.
             */
            topServices: components["schemas"]["CountRow"][];
            /**
             * Format: int32
             * @description The small-count rule the report was computed with: a breakdown's count from 1 to this
             *     number − 1 is `null`. 5 on this platform; a published report keeps the rule it was
             *     approved with.
             */
            suppressedBelow: number;
            /**
             * @description What the breakdowns count, exactly, by kind: the submissions the scope holds (those it
             *     forwarded out are counted by the competent agency).
             */
            totals: components["schemas"]["KindTotals"];
            measures: components["schemas"]["Measure"][];
            /** @description A sector report's agencies, or the national report's sectors; empty for an agency. */
            lines: components["schemas"]["ReportLine"][];
            /** @description For the national report, participating agencies at each joining date up to the year's end. */
            participation: components["schemas"]["ParticipationPoint"][];
            names: components["schemas"]["ReportNames"];
        };
        InboxItem: {
            trackingCode: components["schemas"]["TrackingCode"];
            kind: components["schemas"]["SubmissionKind"];
            status: components["schemas"]["SubmissionStatusName"];
            subject: string;
            serviceId: components["schemas"]["Slug"] | null;
            channel: components["schemas"]["Channel"];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date */
            dueDate: string;
            overdue: boolean;
            renewed: boolean;
        };
        InboxPage: {
            items: components["schemas"]["InboxItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            total: number;
        };
        AcknowledgeInput: {
            /** @description A public note shown in the timeline. */
            note?: string;
        };
        ForwardInput: {
            toAgencyId: components["schemas"]["Slug"];
            note: string;
        };
        RejectInput: {
            reason: components["schemas"]["RejectionReason"];
            note?: string;
        };
        AnswerInput: {
            answer: string;
            note?: string;
        };
        /** @enum {string} */
        MeasureStatus: "adopted" | "planned";
        MeasureInput: {
            title: string;
            description: string;
            serviceId?: components["schemas"]["Slug"];
            status: components["schemas"]["MeasureStatus"];
            /**
             * Format: date
             * @description The day it was adopted, or is planned for, in a year a report covers (`YearNumber`, 2018 to 2100), else `too_small` or `too_big`.
             */
            date: string;
        };
        Measure: {
            /** Format: int32 */
            id: number;
            agencyId: components["schemas"]["Slug"];
            title: string;
            description: string;
            serviceId: components["schemas"]["Slug"] | null;
            status: components["schemas"]["MeasureStatus"];
            /** Format: date */
            date: string;
            /** Format: date-time */
            recordedAt: string;
        };
        /** @description The fields to change; `serviceId` null detaches the measure from any service. */
        MeasurePatch: {
            title?: string;
            description?: string;
            serviceId?: components["schemas"]["Slug"] | null;
            status?: components["schemas"]["MeasureStatus"];
            /**
             * Format: date
             * @description The day it was adopted, or is planned for, in a year a report covers (`YearNumber`, 2018 to 2100), else `too_small` or `too_big`.
             */
            date?: string;
        };
        /** @description The report to approve; `id` names the agency or the sector, and is left out for the national report. */
        ReportApprovalInput: {
            /** @enum {string} */
            scope: "agency" | "sector" | "national";
            id?: components["schemas"]["Slug"];
            year: components["schemas"]["YearNumber"];
        };
        MeasureList: {
            items: components["schemas"]["Measure"][];
        };
        ServiceOnboarding: {
            slug: components["schemas"]["Slug"];
            names: components["schemas"]["Names"];
            serviceCategoryId: components["schemas"]["Slug"];
        };
        AgencyOnboarding: {
            id: components["schemas"]["Slug"];
            acronym: string;
            names: components["schemas"]["Names"];
            type: components["schemas"]["AgencyType"];
            sectorId: components["schemas"]["Slug"];
            /** Format: uri */
            website: string;
            allowedOrigins: components["schemas"]["Origin"][];
            /**
             * Format: date
             * @description Omitted, today. Not before the platform opened (1 January 2018), else `too_small`; not after today (UTC), else `too_big`.
             */
            joinedOn?: string;
            services: components["schemas"]["ServiceOnboarding"][];
        };
        OnboardedAgency: {
            agency: components["schemas"]["Agency"];
            services: components["schemas"]["Service"][];
            /** @description The agency's back-office key; shown only once. */
            secretKey: string;
        };
        /**
         * @description One invalid field (`pointer`, a JSON Pointer into the body) or parameter (`parameter`, its name).
         *
         *     Free text is marked `x-text` with its kind: `name` (names, communes: one line, at least one
         *     letter), `title` (subjects, measure titles, acronyms: one line, at least one letter or digit),
         *     `line` (searches: one line, anything visible), `text` (descriptions, answers, notes, reasons,
         *     comments: tabs and line breaks allowed, anything visible). Such text is `invalid_characters`
         *     when it holds a control character (U+0000–U+001F, U+007F–U+009F; tab, line feed and carriage
         *     return only in `text`), a line or paragraph separator outside `text` (U+2028, U+2029), or a
         *     bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which show a
         *     reader other text than the one stored; the marks U+200E, U+200F and U+061C are text. It is
         *     `no_visible_text` when it holds none of the characters its kind needs once the invisible ones
         *     are set aside: spaces, default-ignorable code points (zero-width spaces and joiners, U+2060,
         *     U+FEFF, the Hangul fillers U+3164, U+115F, U+1160, U+FFA0…), combining marks, the Braille
         *     blank U+2800, unassigned and private-use code points. Lengths are judged first.
         *
         *     A day (`format: date`) may be bounded by `x-earliest` and `x-latest` (days, both included):
         *     an earlier day is `too_small`, a later one `too_big`.
         */
        FieldError: {
            /**
             * @description Where in the body (RFC 6901). Where that pointer would be longer than 1000 characters (a
             *     key thousands of characters long, values nested hundreds deep), the pointer of the deepest
             *     enclosing value that fits instead, given once.
             */
            pointer?: string;
            parameter?: string;
            /**
             * @description Stable, for localized messages: `required`, `unknown_field`, `invalid_type`, `invalid_value`,
             *     `invalid_format`, `too_short`, `too_long`, `too_small`, `too_big`, `too_many`, `contact_required`,
             *     `invalid_characters`, `no_visible_text`, `unknown_agency`, `unknown_service`, `unknown_region`,
             *     `unknown_province`, `unknown_sector`, `unknown_service_category`, `duplicate_key` (a key given
             *     twice in one object; the problem's code is then the same).
             */
            code: string;
        };
        /** @description RFC 9457 problem details with a stable machine `code`. */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            /** @enum {string} */
            code: "malformed_json" | "unsupported_media_type" | "payload_too_large" | "validation_failed" | "not_found" | "agency_not_found" | "sector_not_found" | "submission_not_found" | "access_key_required" | "access_key_invalid" | "unauthorized" | "origin_not_allowed" | "idempotency_key_reused" | "invalid_transition" | "not_answered" | "already_rated" | "not_renewable" | "agency_exists" | "measure_not_found" | "report_already_published" | "year_not_over" | "rate_limited" | "duplicate_key" | "method_not_allowed" | "malformed_request" | "headers_too_large" | "request_timeout" | "daily_limit_reached" | "challenge_required" | "challenge_invalid" | "internal_error";
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description There were more invalid fields than `errors` lists (at most 50); present only then.
             * @constant
             */
            errorsTruncated?: true;
        };
    };
    responses: {
        /** @description Done; the submission as it now stands. */
        SubmissionChanged: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Cache-Control": components["headers"]["Cache-Control-Private"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SubmissionDetails"];
            };
        };
        /** @description The cached copy named by `If-None-Match` is still current. */
        NotModified: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The body is not valid JSON (`malformed_json`), or one of its objects gives a key twice
         *     (`duplicate_key`, with the key's pointer in `errors`): readers that keep the first and
         *     readers that keep the last would disagree on what was sent.
         */
        BadRequest: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A key is missing or unknown (`access_key_required`, `unauthorized`). */
        Unauthorized: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                /** @description The authentication scheme to use. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The access key is wrong (`access_key_invalid`), the browser's origin may not submit for this
         *     agency (`origin_not_allowed`), a create carries no proof of work (`challenge_required`), or its
         *     proof is forged, expired or already spent (`challenge_invalid`): fetch a new challenge, solve
         *     it and send again with the same idempotency key.
         */
        Forbidden: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing has that id or tracking code (`agency_not_found`, `sector_not_found`, `submission_not_found`, `measure_not_found`). */
        NotFound: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request contradicts the current state: `idempotency_key_reused` (the key was used for
         *     another body), `invalid_transition` (also marking abusive what already is, or withdrawing a
         *     mark that is not there), `not_answered`, `already_rated`, `not_renewable`,
         *     `agency_exists`, `report_already_published`, `year_not_over` (a report is approved once its
         *     year has ended).
         */
        Conflict: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over 64 KiB (`payload_too_large`). */
        PayloadTooLarge: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json` (`unsupported_media_type`). */
        UnsupportedMediaType: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Some fields or parameters are invalid (`validation_failed`); `errors` names each with its code. */
        ValidationFailed: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Too many requests from this client (`rate_limited`), or, for a create, too many submissions
         *     from this client with this agency today (`daily_limit_reached`, until midnight UTC); try again
         *     after `Retry-After` seconds.
         */
        TooManyRequests: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The platform failed to answer (`internal_error`). The problem says nothing more: no stack
         *     trace, no detail, nothing of the platform's code or data. Nothing was changed; a request
         *     with an `Idempotency-Key` may be sent again as it was.
         */
        InternalError: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The agency's id. */
        AgencyId: components["schemas"]["Slug"];
        /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
        TrackingCode: components["schemas"]["TrackingCode"];
        /** @description The calendar year; omitted, the current year. */
        Year: components["schemas"]["YearNumber"];
        /** @description The measure's id. */
        MeasureId: number;
        /** @description The calendar year of the report. */
        ReportYear: components["schemas"]["YearNumber"];
        /** @description The page, from 1. */
        Page: number;
        /** @description Items per page. */
        PageSize: number;
        /** @description A unique key per intended submission (a UUID); retries reuse it. Kept 24 hours. */
        IdempotencyKey: string;
        /**
         * @description The proof of work: base64 of the JSON `{ "challenge": …, "solution": { "counter", "derivedKey" } }`,
         *     the challenge exactly as `GET /v1/challenge` answered it and the solution found for it (ALTCHA's
         *     v2 payload, as `altcha-lib`'s `solveChallenge` or the SDK's `solveChallenge` make it). Required
         *     when the platform asks for it (`challenge_required`), that is on a create without the agency's
         *     back-office key; each proof is spent by the submission it lodged, and expires.
         */
        Altcha: string;
        /** @description The `ETag` of a cached copy; an unchanged resource answers `304`. */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description The version of the representation, for `If-None-Match`. */
        ETag: string;
        /** @description How long browsers and CDNs may reuse the response. */
        "Cache-Control": string;
        /** @description `no-store`: personal data is never kept by a browser or shared cache. */
        "Cache-Control-Private": "no-store";
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /**
         * @description The rate-limit policy that counted this request (draft-ietf-httpapi-ratelimit-headers-10, a
         *     structured-field list): its name, its quota `q` in requests and its window `w` in seconds.
         *     `general` counts every request of a client; `lookups` counts, apart and more strictly, the
         *     requests that name a tracking code with or without its access key (status, details, rating,
         *     renewal), so that codes cannot be enumerated; `creates` names the stricter bucket of creates
         *     without the agency's key when it refuses one. A bucket of `q` requests that fills up again in
         *     `w` seconds, e.g. `"general";q=600;w=6`.
         */
        "RateLimit-Policy": string;
        /**
         * @description What is left of that policy for this client after this request (draft-ietf-httpapi-ratelimit-headers-10):
         *     `r` requests remaining, and `t` seconds until one more, e.g. `"general";r=42;t=1`. A `429`
         *     says `r=0`, and its `Retry-After` is never earlier than `t`.
         */
        RateLimit: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every sector. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listServiceCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every service category. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCategoryList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every region. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description Only the agencies of this sector. */
                sector?: components["schemas"]["Slug"];
                /** @description Text searched in the agency's names (any language) and acronym. */
                q?: string;
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agencies. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agency's id. */
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgencyServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agency's id. */
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public services the agency delivers, each mapped to a service category. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended submission (a UUID); retries reuse it. Kept 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The proof of work: base64 of the JSON `{ "challenge": …, "solution": { "counter", "derivedKey" } }`,
                 *     the challenge exactly as `GET /v1/challenge` answered it and the solution found for it (ALTCHA's
                 *     v2 payload, as `altcha-lib`'s `solveChallenge` or the SDK's `solveChallenge` make it). Required
                 *     when the platform asks for it (`challenge_required`), that is on a create without the agency's
                 *     back-office key; each proof is spent by the submission it lodged, and expires.
                 */
                Altcha?: components["parameters"]["Altcha"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionInput"];
            };
        };
        responses: {
            /** @description Lodged. Keep the access key; it is never shown again. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description The public status of the submission. */
                    Location?: string;
                    /** @description `true` when this answer replays the first one made for the same idempotency key. */
                    "Idempotency-Replayed"?: "true" | "false";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new challenge. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Challenge"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSubmissionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the submission stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionStatus"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubmissionDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submission. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    rateSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingInput"];
            };
        };
        responses: {
            /** @description Rated; the submission as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    renewSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewalInput"];
            };
        };
        responses: {
            /** @description Renewed; the submission as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNationalKpis: {
        parameters: {
            query?: {
                /** @description The calendar year; omitted, the current year. */
                year?: components["parameters"]["Year"];
            };
            header?: {
                /** @description The `ETag` of a cached copy; an unchanged resource answers `304`. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KPIs of all agencies together, with participating agencies. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kpis"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgencyKpis: {
        parameters: {
            query?: {
                /** @description The calendar year; omitted, the current year. */
                year?: components["parameters"]["Year"];
                /** @description Comma-separated agency ids; omitted, every agency. */
                ids?: components["schemas"]["Slug"][];
            };
            header?: {
                /** @description The `ETag` of a cached copy; an unchanged resource answers `304`. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KPIs of each agency asked for, in joining order; unknown ids are left out. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpisList"];
                };
            };
            304: components["responses"]["NotModified"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgencyKpis: {
        parameters: {
            query?: {
                /** @description The calendar year; omitted, the current year. */
                year?: components["parameters"]["Year"];
            };
            header?: {
                /** @description The `ETag` of a cached copy; an unchanged resource answers `304`. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The agency's id. */
                agencyId: components["parameters"]["AgencyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency's KPIs against the targets. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kpis"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgencyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The agency's id. */
                agencyId: components["parameters"]["AgencyId"];
                /** @description The calendar year of the report. */
                year: components["parameters"]["ReportYear"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSectorReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sector's id. */
                sectorId: components["schemas"]["Slug"];
                /** @description The calendar year of the report. */
                year: components["parameters"]["ReportYear"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, with one line per agency of the sector. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNationalReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar year of the report. */
                year: components["parameters"]["ReportYear"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary report, with one line per sector and the participating agencies over time. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listInbox: {
        parameters: {
            query?: {
                /** @description Only submissions in these statuses (comma-separated). */
                status?: components["schemas"]["SubmissionStatusName"][];
                /** @description Only this kind. */
                kind?: components["schemas"]["SubmissionKind"];
                /** @description Only submissions past their due date and not yet answered (`true`), or only the others (`false`). */
                overdue?: boolean;
                /** @description Text searched in the subject and the tracking code. */
                q?: string;
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the inbox. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getInboxSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submission with its personal data. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    acknowledgeSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    forwardSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    rejectSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    answerSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    markSubmissionAbusive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAbusiveInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    unmarkSubmissionAbusive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tracking code, in canonical form (`K7QM-4XPZ-RD`). */
                trackingCode: components["parameters"]["TrackingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnmarkAbusiveInput"];
            };
        };
        responses: {
            200: components["responses"]["SubmissionChanged"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Only the measures of this year. */
                year?: components["schemas"]["YearNumber"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measures, newest first. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    recordMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The measure's id. */
                measureId: components["parameters"]["MeasureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The measure's id. */
                measureId: components["parameters"]["MeasureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasurePatch"];
            };
        };
        responses: {
            /** @description The measure as it now stands. */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control-Private"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    onboardAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyOnboarding"];
            };
        };
        responses: {
            /** @description Onboarded. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description The new agency. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardedAgency"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    approveReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportApprovalInput"];
            };
        };
        responses: {
            /** @description Published; the report as it now stands, for good. */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    /** @description The published report. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
