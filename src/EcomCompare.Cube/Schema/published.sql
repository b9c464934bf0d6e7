-- The cube's published relations: what every query surface (OData, dashboard, charts, CLI) reads.
-- Column names are the OData contract's property names. budget_lines is materialised (the wide, denormalised
-- fact table an OLAP scan wants); the small ones are views.

CREATE TABLE budget_lines AS
SELECT f.id                                  AS "Id",
       f.province_code                       AS "ProvinceCode",
       p.name                                AS "Province",
       p.region                              AS "Region",
       p.merged_into                         AS "MergedInto",
       f.year                                AS "Year",
       f.source_code                         AS "SourceCode",
       s.name                                AS "Source",
       s.name_vi                             AS "SourceVi",
       f.category_code                       AS "CategoryCode",
       c.name                                AS "Category",
       c.name_vi                             AS "CategoryVi",
       i.native_group_code                   AS "NativeGroupCode",
       i.native_group                        AS "NativeGroup",
       i.item_code                           AS "ItemCode",
       i.item_name                           AS "ItemName",
       i.agency                              AS "Agency",
       f.amount                              AS "Amount",
       i.is_unitemized                       AS "IsUnitemized",
       p.document                            AS "Document",
       f.line                                AS "Line",
       p.sort_order                          AS "ProvinceOrder",
       s.sort_order                          AS "SourceOrder",
       c.sort_order                          AS "CategoryOrder",
       i.sort_order                          AS "ItemOrder",
       f.province_code || '/' || i.item_code         AS "ItemKey",
       f.province_code || '/' || i.native_group_code AS "NativeGroupKey",
       i.item_code || ' ' || i.item_name             AS "ItemLabel",
       ss.sub_source_code                    AS "SubSourceCode",
       ss.name                               AS "SubSource",
       ss.name_vi                            AS "SubSourceVi",
       ss.sort_order                         AS "SubSourceOrder"
FROM fact_budget f
JOIN dim_item i     ON i.item_key = f.item_key
JOIN dim_province p ON p.province_code = f.province_code
JOIN dim_source s   ON s.source_code = f.source_code
JOIN dim_sub_source ss ON ss.sub_source_code = COALESCE(f.sub_source_code, f.source_code)
JOIN dim_category c ON c.category_code = f.category_code
ORDER BY f.id;

CREATE VIEW provinces AS
SELECT p.province_code                            AS "Code",
       p.name                                     AS "Name",
       p.region                                   AS "Region",
       p.decision                                 AS "Decision",
       p.decision_date                            AS "DecisionDate",
       p.plan_period                              AS "PlanPeriod",
       p.merged_into                              AS "MergedInto",
       p.stated_total                             AS "StatedTotal",
       CAST(COALESCE((SELECT SUM(f.amount) FROM fact_budget f WHERE f.province_code = p.province_code), 0) AS DECIMAL(18,3)) AS "CubeTotal",
       p.document                                 AS "Document",
       p.sort_order                               AS "SortOrder",
       CASE WHEN p.is_draft THEN 'draft' ELSE 'adopted' END AS "DocumentStatus",
       p.adopted_as                               AS "AdoptedAs",
       p.adopted_on                               AS "AdoptedOn"
FROM dim_province p;

CREATE VIEW funding_sources AS
SELECT source_code AS "Code", name AS "Name", name_vi AS "NameVi", sort_order AS "SortOrder" FROM dim_source;

CREATE VIEW categories AS
SELECT category_code AS "Code", name AS "Name", name_vi AS "NameVi", sort_order AS "SortOrder" FROM dim_category;

CREATE VIEW funding_splits_by_year AS
WITH sums AS (
    SELECT p.province_code, p.name, y.year,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'central'), 0) AS DECIMAL(18,3))    AS central,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'local'), 0) AS DECIMAL(18,3))      AS local,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'enterprise'), 0) AS DECIMAL(18,3)) AS enterprise,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'other'), 0) AS DECIMAL(18,3))      AS other,
           CAST(COALESCE(SUM(f.amount), 0) AS DECIMAL(18,3))                                             AS total
    FROM dim_province p
    JOIN dim_year y ON y.year BETWEEN p.first_year AND p.last_year
    LEFT JOIN fact_budget f ON f.province_code = p.province_code AND f.year = y.year
    GROUP BY p.province_code, p.name, y.year
)
SELECT province_code AS "ProvinceCode", name AS "Province", year AS "Year",
       central AS "Central", local AS "Local", enterprise AS "Enterprise", other AS "Other", total AS "Total",
       CAST(central AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)    AS "CentralShare",
       CAST(local AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)      AS "LocalShare",
       CAST(enterprise AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0) AS "EnterpriseShare",
       CAST(other AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)      AS "OtherShare"
FROM sums;

CREATE VIEW funding_splits AS
WITH sums AS (
    SELECT p.province_code, p.name, p.plan_period, p.stated_total,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'central'), 0) AS DECIMAL(18,3))    AS central,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'local'), 0) AS DECIMAL(18,3))      AS local,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'enterprise'), 0) AS DECIMAL(18,3)) AS enterprise,
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.source_code = 'other'), 0) AS DECIMAL(18,3))      AS other,
           CAST(COALESCE(SUM(f.amount), 0) AS DECIMAL(18,3))                                             AS total,
           -- whole-period tables give no year split: that money is in the period total and in no year's row
           CAST(COALESCE(SUM(f.amount) FILTER (WHERE f.year IS NULL), 0) AS DECIMAL(18,3))               AS no_year
    FROM dim_province p
    LEFT JOIN fact_budget f ON f.province_code = p.province_code
    GROUP BY p.province_code, p.name, p.plan_period, p.stated_total
)
SELECT province_code AS "ProvinceCode", name AS "Province", plan_period AS "PlanPeriod",
       central AS "Central", local AS "Local", enterprise AS "Enterprise", other AS "Other", total AS "Total",
       CAST(central AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)    AS "CentralShare",
       CAST(local AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)      AS "LocalShare",
       CAST(enterprise AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0) AS "EnterpriseShare",
       CAST(other AS DOUBLE) / NULLIF(CAST(total AS DOUBLE), 0)      AS "OtherShare",
       no_year AS "NoYearSplit", stated_total AS "StatedTotal"
FROM sums;

CREATE VIEW discrepancies AS
SELECT id AS "Id", province_code AS "ProvinceCode", document AS "Document", line AS "Line", kind AS "Kind",
       scope AS "Scope", stated AS "Stated", computed AS "Computed", difference AS "Difference", message AS "Message",
       figures AS "Figures"
FROM discrepancy;

CREATE VIEW build_warnings AS
SELECT id AS "Id", province_code AS "ProvinceCode", document AS "Document", line AS "Line", kind AS "Kind",
       amount AS "Amount", message AS "Message"
FROM build_warning;

CREATE VIEW stated_figures AS
SELECT id AS "Id", province_code AS "ProvinceCode", document AS "Document", line AS "Line", kind AS "Kind",
       scope AS "Scope", group_code AS "GroupCode", item_code AS "ItemCode", year AS "Year",
       source_code AS "SourceCode", value AS "Value", label AS "Label", sub_source_code AS "SubSourceCode"
FROM stated_figure;

CREATE VIEW document_lines AS
SELECT document AS "Document", line AS "Line", text AS "Text" FROM document_line;

CREATE VIEW indicators AS
SELECT indicator_code AS "Code", name AS "Name", name_vi AS "NameVi", unit AS "Unit", group_name AS "Group",
       group_name_vi AS "GroupVi", category_code AS "CategoryCode", sort_order AS "SortOrder",
       national AS "National", national_comparator AS "NationalComparator"
FROM dim_indicator;

CREATE VIEW targets AS
SELECT t.id AS "Id", t.province_code AS "ProvinceCode", p.name AS "Province", t.indicator_code AS "IndicatorCode",
       i.name AS "Indicator", i.name_vi AS "IndicatorVi", t.value AS "Value", t.value_max AS "ValueMax", t.unit AS "Unit",
       t.comparator AS "Comparator", t.year AS "Year", t.text AS "Text", t.section AS "Section",
       t.document AS "Document", t.line AS "Line", i.category_code AS "CategoryCode", i.group_name AS "Group",
       i.group_name_vi AS "GroupVi", i.sort_order AS "IndicatorOrder", p.sort_order AS "ProvinceOrder"
FROM fact_target t
JOIN dim_indicator i ON i.indicator_code = t.indicator_code
JOIN dim_province p  ON p.province_code = t.province_code;
