export function ComparePage() {
  return <h1 className="text-2xl font-semibold">Compare</h1>;
}
