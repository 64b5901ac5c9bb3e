// Types for parse-prometheus-text-format, which ships none: the text exposition format parsed into
// families, values kept as the strings written.
declare module "parse-prometheus-text-format" {
  /** One sample; histograms and summaries carry their buckets or quantiles, count and sum instead of a value. */
  export interface Sample {
    value?: string;
    labels?: Record<string, string>;
    buckets?: Record<string, string>;
    quantiles?: Record<string, string>;
    count?: string;
    sum?: string;
  }
  /** One metric family: `# HELP`, `# TYPE` and its samples. */
  export interface Family {
    name: string;
    help: string;
    type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
    metrics: Sample[];
  }
  /** Parses the exposition; throws on text that does not follow the format. */
  export default function parsePrometheusTextFormat(text: string): Family[];
}
