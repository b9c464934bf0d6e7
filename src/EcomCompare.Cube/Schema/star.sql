-- The cube's star schema. Money is DECIMAL(18,3) million VND, exact.
-- Dimensions: province, year, category, funding source, item. Facts: item × year × source → amount.
-- Stated figures and discrepancies keep the document's own statements and where it disagrees with itself.

CREATE TABLE build_info (
    build_id            VARCHAR NOT NULL,
    built_at            VARCHAR NOT NULL,   -- ISO 8601, UTC
    sources_fingerprint VARCHAR NOT NULL,
    schema_version      INTEGER NOT NULL,
    fact_count          BIGINT  NOT NULL,
    discrepancy_count   BIGINT  NOT NULL
);

CREATE TABLE dim_province (
    province_code   VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    decision        VARCHAR NOT NULL,
    decision_date   DATE,
    plan_period     VARCHAR NOT NULL,
    first_year      INTEGER NOT NULL,
    last_year       INTEGER NOT NULL,
    merged_into     VARCHAR NOT NULL,
    document        VARCHAR NOT NULL,
    document_sha256 VARCHAR NOT NULL,
    table_shape     VARCHAR NOT NULL,
    stated_total    DECIMAL(18,3),
    sort_order      INTEGER NOT NULL,
    is_draft        BOOLEAN NOT NULL,   -- the document is a draft: its total is not an official figure
    adopted_as      VARCHAR,            -- for a draft: the decision that adopted it, when known
    adopted_on      DATE
);

CREATE TABLE dim_year (
    year        INTEGER PRIMARY KEY,
    plan_period VARCHAR NOT NULL
);

CREATE TABLE dim_source (
    source_code VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    name_vi     VARCHAR NOT NULL,
    sort_order  INTEGER NOT NULL
);

-- The second level of the source dimension: the parts a plan splits a source into (provincial and district budget
-- under local), and one member per source for money its plan gives as the source as a whole (code = the source's).
CREATE TABLE dim_sub_source (
    sub_source_code VARCHAR PRIMARY KEY,
    source_code     VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    name_vi         VARCHAR NOT NULL,
    sort_order      INTEGER NOT NULL,
    is_part         BOOLEAN NOT NULL    -- false: the member for a source's money not split into parts
);

CREATE TABLE dim_category (
    category_code VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    name_vi       VARCHAR NOT NULL,
    sort_order    INTEGER NOT NULL
);

CREATE TABLE dim_item (
    item_key          INTEGER PRIMARY KEY,
    province_code     VARCHAR NOT NULL,
    item_code         VARCHAR NOT NULL,
    item_name         VARCHAR NOT NULL,
    native_group_code VARCHAR NOT NULL,
    native_group      VARCHAR NOT NULL,
    category_code     VARCHAR NOT NULL,
    agency            VARCHAR,
    is_unitemized     BOOLEAN NOT NULL,
    line              INTEGER NOT NULL,
    sort_order        INTEGER NOT NULL,
    partner           VARCHAR,            -- the budget table's text columns about the item, where it has them
    timing            VARCHAR,
    output            VARCHAR,
    notes             VARCHAR,
    is_untasked       BOOLEAN NOT NULL,   -- money the plan gives by year or source but by no task
    UNIQUE (province_code, item_code)
);

CREATE TABLE fact_budget (
    id            BIGINT PRIMARY KEY,
    item_key      INTEGER NOT NULL,
    province_code VARCHAR NOT NULL,
    year          INTEGER,            -- NULL: a whole-period table gives no year split; counts in period totals only
    source_code   VARCHAR NOT NULL,
    category_code VARCHAR NOT NULL,
    amount        DECIMAL(18,3) NOT NULL,
    line          INTEGER NOT NULL,
    sub_source_code VARCHAR           -- NULL: the document names the source as a whole (see dim_sub_source)
);

CREATE TABLE stated_figure (
    id            BIGINT PRIMARY KEY,
    province_code VARCHAR NOT NULL,
    document      VARCHAR NOT NULL,
    line          INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,
    scope         VARCHAR NOT NULL,
    group_code    VARCHAR,
    item_code     VARCHAR,
    year          INTEGER,
    source_code   VARCHAR,
    value         DECIMAL(18,3) NOT NULL,
    label         VARCHAR NOT NULL,
    sub_source_code VARCHAR           -- the part of the source the figure is about, when it names one
);

CREATE TABLE discrepancy (
    id            BIGINT PRIMARY KEY,
    province_code VARCHAR NOT NULL,
    document      VARCHAR NOT NULL,
    line          INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,
    scope         VARCHAR NOT NULL,
    stated        DECIMAL(18,3),
    computed      DECIMAL(18,3),
    difference    DECIMAL(18,3),
    message       VARCHAR NOT NULL,
    figures       VARCHAR NOT NULL    -- JSON object: the figures behind the message (Ingestion's DiscrepancyFigure names)
);

-- What the build reported without failing (a plan with no stated total, money with no year split).
CREATE TABLE build_warning (
    id            BIGINT PRIMARY KEY,
    province_code VARCHAR NOT NULL,
    document      VARCHAR NOT NULL,
    line          INTEGER NOT NULL,      -- 0: the whole document
    kind          VARCHAR NOT NULL,      -- no-stated-total | no-year-split | no-task-split | unreadable-words
    amount        DECIMAL(18,3) NOT NULL,
    message       VARCHAR NOT NULL
);

CREATE TABLE document_line (
    document VARCHAR NOT NULL,
    line     INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    PRIMARY KEY (document, line)
);

CREATE TABLE dim_indicator (
    indicator_code VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    name_vi        VARCHAR NOT NULL,
    unit           VARCHAR NOT NULL,   -- '' for targets without a number
    group_name     VARCHAR NOT NULL,
    group_name_vi  VARCHAR NOT NULL,
    category_code  VARCHAR,            -- the budget category whose money serves it
    sort_order     INTEGER NOT NULL,
    national       DECIMAL(18,3),      -- the national 2025 target (645/QĐ-TTg), when the indicator has one
    national_comparator VARCHAR        -- ≥ (a floor) or ≤ (a ceiling, for a cost)
);

CREATE TABLE fact_target (
    id             BIGINT PRIMARY KEY,
    province_code  VARCHAR NOT NULL,
    indicator_code VARCHAR NOT NULL,
    value          DECIMAL(18,3),
    value_max      DECIMAL(18,3),
    unit           VARCHAR NOT NULL,
    comparator     VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    section        VARCHAR NOT NULL,
    document       VARCHAR NOT NULL,
    line           INTEGER NOT NULL
);
