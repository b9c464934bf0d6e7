using System.Globalization;
using DuckDB.NET.Data;
using EcomCompare.Cube.Schema;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// A synthetic cube in the real schema, generated with SQL alone (<c>INSERT … SELECT … FROM range(…)</c>): all 63
/// pre-2025 provinces, <c>itemsPerProvince</c> budget items each, five years, three funding sources — then the cube's
/// own published relations and a build_info row, so the server opens it like any cube.
/// </summary>
internal static class ODataSyntheticCube
{
    public static long Build(string path, int itemsPerProvince)
    {
        using var connection = new DuckDBConnection($"Data Source={path};threads=2;enable_external_access=false");
        connection.Open();
        Run(connection, CubeSchema.StarDdl);
        Run(connection, """
            INSERT INTO dim_source VALUES
                ('central', 'Central budget (national programme)', 'Ngân sách trung ương', 1),
                ('local', 'Local budget', 'Ngân sách địa phương', 2),
                ('enterprise', 'Enterprise co-financing', 'Doanh nghiệp đối ứng', 3);
            INSERT INTO dim_category VALUES
                ('policy', 'Policy & regulation', 'Chính sách, pháp luật', 1),
                ('awareness', 'Awareness & communication', 'Tuyên truyền, nâng cao nhận thức', 2),
                ('management', 'State management capacity, enforcement & statistics', 'Năng lực quản lý nhà nước', 3),
                ('human-resources', 'Human resources & training', 'Phát triển nguồn nhân lực', 4),
                ('market-trust', 'Market building & consumer trust', 'Xây dựng thị trường, lòng tin', 5),
                ('infrastructure', 'Infrastructure, platforms & support services', 'Hạ tầng, nền tảng', 6),
                ('enterprise-support', 'Support to enterprises and sectors', 'Hỗ trợ doanh nghiệp', 7),
                ('digital-transformation', 'New technology & digital transformation', 'Công nghệ mới, chuyển đổi số', 8);
            INSERT INTO dim_year SELECT y, '2021-2025' FROM range(2021, 2026) t(y);
            INSERT INTO dim_province
            SELECT 'p' || lpad(i::VARCHAR, 2, '0'), 'Tỉnh số ' || i, 'Vùng ' || (i % 6), i || '/QĐ-UBND', DATE '2020-06-01' + CAST(i AS INTEGER),
                   '2021-2025', 2021, 2025, 'Tỉnh số ' || (i % 34 + 1), 'p' || i || '.txt', 'synthetic', 'year-source-columns', NULL, i,
                   false, NULL, NULL
            FROM range(1, 64) t(i);
            """);
        Run(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO dim_item
            SELECT (p * 1000000 + k)::INTEGER, 'p' || lpad(p::VARCHAR, 2, '0'), (k // 10 + 1) || '.' || (k % 10 + 1),
                   'Nhiệm vụ phát triển thương mại điện tử số ' || k, ((k % 6) + 1)::VARCHAR, 'Nhóm nhiệm vụ ' || ((k % 6) + 1),
                   (['policy','awareness','management','human-resources','market-trust','infrastructure','enterprise-support',
                     'digital-transformation'])[k % 8 + 1],
                   CASE WHEN k % 3 = 0 THEN 'Sở Công Thương' END, false, (k + 100)::INTEGER, k::INTEGER
            FROM range(1, 64) a(p), range(0, {itemsPerProvince}) b(k);
            """));
        Run(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO fact_budget
            SELECT ((i.item_key // 1000000 - 1)::BIGINT * {itemsPerProvince} + i.item_key % 1000000) * 15 + (y.year - 2021) * 3 + s.sort_order,
                   i.item_key, i.province_code, y.year, s.source_code, i.category_code,
                   CAST(((i.item_key * 7 + y.year * 13 + s.sort_order * 31) % 997) / 10.0 AS DECIMAL(18,3)), i.line
            FROM dim_item i, dim_year y, dim_source s;
            """));
        Run(connection, CubeSchema.PublishedDdl);
        Run(connection, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO build_info SELECT 'synthetic0000000', '2026-01-01T00:00:00Z', 'synthetic', {CubeSchema.Version}, (SELECT count(*) FROM fact_budget), 0; CHECKPOINT;"));
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM budget_lines";
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
