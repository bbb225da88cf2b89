interface Props {
  value: string;
  onInput: (value: string) => void;
}

export function SearchBox({ value, onInput }: Props) {
  return (
    <input
      class="search-box"
      type="search"
      aria-label="Søg i ordlisten"
      placeholder="Søg efter metode eller begreb"
      autoFocus
      value={value}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );
}
