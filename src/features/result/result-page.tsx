export function ResultPage() {
  return <h1 className="text-2xl font-semibold">Your stack</h1>;
}
